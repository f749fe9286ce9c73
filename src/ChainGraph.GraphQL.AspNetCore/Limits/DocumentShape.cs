using GraphQLParser.AST;

namespace ChainGraph.GraphQL.AspNetCore;

/// <summary>Counts what a document writes (fields, aliases, fragment spreads), without expanding fragments. Stateless.</summary>
internal static class DocumentShape
{
    /// <summary>The first shape limit <paramref name="document"/> exceeds, or null.</summary>
    public static LimitError? Check(GraphQLDocument document, GraphQLLimits limits)
    {
        int fields = 0, aliases = 0, spreads = 0;
        var pending = new Stack<GraphQLSelectionSet>();
        foreach (var definition in document.Definitions)
        {
            if (definition is GraphQLOperationDefinition { SelectionSet: { } operation }) pending.Push(operation);
            else if (definition is GraphQLFragmentDefinition { SelectionSet: { } fragment }) pending.Push(fragment);
        }

        while (pending.Count > 0)
        {
            foreach (var selection in pending.Pop().Selections)
            {
                switch (selection)
                {
                    case GraphQLField field:
                        fields++;
                        if (field.Alias is not null) aliases++;
                        if (field.SelectionSet is not null) pending.Push(field.SelectionSet);
                        break;
                    case GraphQLFragmentSpread:
                        spreads++;
                        break;
                    case GraphQLInlineFragment inline:
                        pending.Push(inline.SelectionSet);
                        break;
                }
            }
        }

        return fields > limits.MaxFields ? Error($"The document selects {fields} fields; at most {limits.MaxFields} are allowed.")
            : aliases > limits.MaxAliases ? Error($"The document uses {aliases} aliases; at most {limits.MaxAliases} are allowed.")
            : spreads > limits.MaxFragmentSpreads ? Error($"The document has {spreads} fragment spreads; at most {limits.MaxFragmentSpreads} are allowed.")
            : null;
    }

    private static LimitError Error(string message) => new(message, LimitError.CostLimit);
}
