using GraphQLParser.AST;

namespace ChainGraph.GraphQL.AspNetCore;

/// <summary>
/// Counts what a document writes (fields, aliases, fragment spreads) and how many fields it selects with its fragments expanded. Stateless.
/// </summary>
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
            : spreads > limits.MaxFragmentSpreads
                ? Error($"The document has {spreads} fragment spreads; at most {limits.MaxFragmentSpreads} are allowed.")
            : Expanded(document) is var expanded && expanded > limits.MaxExpandedFields
                ? Error($"The document selects {expanded:0} fields once its fragments are expanded; at most {limits.MaxExpandedFields} are allowed.")
            : null;
    }

    // Fields selected once every fragment spread is replaced by its fragment, counted with each fragment's size
    // memoised, so a fragment spreading the next one twice, twenty deep, counts 2^20 in 20 steps (a double: no overflow).
    private static double Expanded(GraphQLDocument document)
    {
        var fragments = new Dictionary<string, GraphQLFragmentDefinition>(StringComparer.Ordinal);
        foreach (var fragment in document.Definitions.OfType<GraphQLFragmentDefinition>())
            fragments.TryAdd(fragment.FragmentName.Name.StringValue, fragment);
        var sizes = new Dictionary<string, double>(StringComparer.Ordinal);
        double Size(GraphQLSelectionSet? set) => set is null ? 0 : set.Selections.Sum(selection => selection switch
        {
            GraphQLField field => 1 + Size(field.SelectionSet),
            GraphQLInlineFragment inline => Size(inline.SelectionSet),
            GraphQLFragmentSpread spread => Fragment(spread.FragmentName.Name.StringValue),
            _ => 0,
        });
        double Fragment(string name)
        {
            if (sizes.TryGetValue(name, out var size)) return size;
            sizes[name] = 0; // a cycle counts nothing here; validation reports it
            return sizes[name] = fragments.TryGetValue(name, out var fragment) ? Size(fragment.SelectionSet) : 0;
        }

        return document.Definitions.OfType<GraphQLOperationDefinition>().Select(o => Size(o.SelectionSet)).DefaultIfEmpty(0).Max();
    }

    private static LimitError Error(string message) => new(message, LimitError.CostLimit);
}
