using ChainGraph.GraphQL.Language;
using ChainGraph.GraphQL.Types;

namespace ChainGraph.GraphQL.Limits;

/// <summary>
/// Checks an operation against <see cref="ExecutionOptions.MaxDepth"/> and <see cref="ExecutionOptions.MaxFieldCost"/>
/// before execution. Introspection fields (<c>__schema</c>, <c>__type</c>, <c>__typename</c>) and everything below them
/// are excluded from both. Fragments are analysed once each, so the work is linear in the document size.
/// </summary>
public static class OperationLimits
{
    /// <summary>The code of a depth limit error.</summary>
    public const string DepthLimitCode = "DEPTH_LIMIT";

    /// <summary>The code of a cost limit error.</summary>
    public const string CostLimitCode = "COST_LIMIT";

    /// <summary>Returns a request error when the operation is too deep or too costly, otherwise null.</summary>
    public static GraphQLError? Check(
        GraphQLSchema schema,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?> variables,
        ExecutionOptions options)
    {
        if (options.MaxDepth > 0)
        {
            var depth = new DepthAnalyzer(fragments).Depth(operation.SelectionSet);
            if (depth > options.MaxDepth)
            {
                return LimitError($"The operation has a depth of {depth}, which exceeds the maximum allowed depth of {options.MaxDepth}.", DepthLimitCode, "depth", depth, "maxDepth", options.MaxDepth, operation);
            }
        }

        if (options.MaxFieldCost > 0 && schema.GetRootType(operation.Operation) is { } root)
        {
            var cost = new CostAnalyzer(schema, fragments, variables, options.DefaultListSize).Cost(operation.SelectionSet, root);
            if (cost > options.MaxFieldCost)
            {
                var rounded = cost >= long.MaxValue ? long.MaxValue : (long)Math.Ceiling(cost);
                return LimitError($"The operation has an estimated field cost of {rounded}, which exceeds the maximum allowed cost of {options.MaxFieldCost}.", CostLimitCode, "fieldCost", rounded, "maxFieldCost", options.MaxFieldCost, operation);
            }
        }

        return null;
    }

    private static GraphQLError LimitError(string message, string code, string valueName, object value, string limitName, int limit, SyntaxNode node)
    {
        var extensions = new Dictionary<string, object?> { ["code"] = code, [valueName] = value, [limitName] = limit };
        return new GraphQLError(message, [node.Location.ToSourceLocation()], extensions: extensions);
    }
}
