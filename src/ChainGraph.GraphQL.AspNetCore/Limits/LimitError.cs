using GraphQL;

namespace ChainGraph.GraphQL.AspNetCore;

/// <summary>A request refused by a <see cref="GraphQLLimits"/> limit; <c>extensions.code</c> names which.</summary>
public sealed class LimitError : ExecutionError
{
    public const string DepthLimit = "DEPTH_LIMIT";
    public const string CostLimit = "COST_LIMIT";
    public const string SizeLimit = "DOCUMENT_TOO_LARGE";

    public LimitError(string message, string code)
        : base(message) => Code = code;
}
