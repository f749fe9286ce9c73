using System.Text.RegularExpressions;

namespace ChainGraph.GraphQL.AspNetCore;

/// <summary>
/// What the endpoint learned about one GraphQL request, for whoever set this feature on the request (the API's
/// <c>GraphQLOperationObserver</c>, for metrics): the operation's
/// name once the request is read, the errors' <c>extensions.code</c> values once it has run. Independent of the engine
/// that executes the request. Per request; not thread-safe.
/// </summary>
public sealed partial class GraphQLOperationFeature
{
    /// <summary>True once the request was read as a GraphQL request (not GraphiQL's page or the SDL).</summary>
    public bool IsOperation { get; private set; }

    /// <summary>The requested <c>operationName</c>, else the name of the document's first operation, or null.</summary>
    public string? OperationName { get; private set; }

    /// <summary>The <c>extensions.code</c> of each error in the result.</summary>
    public IReadOnlyList<string> ErrorCodes { get; private set; } = [];

    /// <summary>Records that <paramref name="http"/> carries a GraphQL request: its <c>operationName</c> and <c>query</c>.</summary>
    public static void Read(HttpContext http, string? operationName, string? query)
    {
        if (http.Features.Get<GraphQLOperationFeature>() is not { } feature) return;
        (feature.IsOperation, feature.OperationName) = (true, operationName ?? FirstOperationName(query));
    }

    // Without operationName the document has one operation (or the request fails); its name, if any, follows the keyword.
    private static string? FirstOperationName(string? query) =>
        query is not null && NamedOperation().Match(query) is { Success: true } match ? match.Groups["name"].Value : null;

    [GeneratedRegex(@"^\s*(?:query|mutation|subscription)\s+(?<name>[_A-Za-z][_0-9A-Za-z]*)", RegexOptions.None,
        matchTimeoutMilliseconds: 100)]
    private static partial Regex NamedOperation();

    /// <summary>Records the error codes of the request's result.</summary>
    public static void Answered(HttpContext http, IEnumerable<string?> errorCodes)
    {
        if (http.Features.Get<GraphQLOperationFeature>() is { } feature) feature.ErrorCodes = [.. errorCodes.OfType<string>()];
    }
}
