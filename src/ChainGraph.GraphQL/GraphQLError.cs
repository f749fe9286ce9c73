using ChainGraph.GraphQL.Language;

namespace ChainGraph.GraphQL;

/// <summary>
/// One entry of a response's <c>errors</c> list (spec §7.1.2): a message, optional 1-based source locations,
/// an optional response path (strings for field keys, <see cref="int"/> for list indices) and optional extensions.
/// Immutable.
/// </summary>
public sealed class GraphQLError
{
    /// <summary>Creates an error.</summary>
    public GraphQLError(
        string message,
        IReadOnlyList<SourceLocation>? locations = null,
        IReadOnlyList<object>? path = null,
        IReadOnlyDictionary<string, object?>? extensions = null,
        Exception? exception = null)
    {
        Message = message;
        Locations = locations is { Count: > 0 } ? locations : null;
        Path = path;
        Extensions = extensions is { Count: > 0 } ? extensions : null;
        Exception = exception;
    }

    /// <summary>The human-readable message.</summary>
    public string Message { get; }

    /// <summary>Where in the document the error applies, or null.</summary>
    public IReadOnlyList<SourceLocation>? Locations { get; }

    /// <summary>The response path of the field that failed, or null for request errors.</summary>
    public IReadOnlyList<object>? Path { get; }

    /// <summary>Additional data such as <c>code</c>, or null.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; }

    /// <summary>The exception behind the error, for logging; never serialised.</summary>
    public Exception? Exception { get; }

    /// <summary>The value of <c>extensions.code</c>, if any.</summary>
    public string? Code => Extensions is not null && Extensions.TryGetValue("code", out var code) ? code as string : null;

    /// <summary>Creates an error located at the given nodes.</summary>
    public static GraphQLError At(string message, params SyntaxNode?[] nodes)
    {
        var locations = new List<SourceLocation>(nodes.Length);
        foreach (var node in nodes)
        {
            if (node is not null)
            {
                locations.Add(node.Location.ToSourceLocation());
            }
        }

        return new GraphQLError(message, locations);
    }

    /// <summary>A copy with a code in <c>extensions.code</c>.</summary>
    public GraphQLError WithCode(string code)
    {
        var extensions = new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = code };
        if (Extensions is not null)
        {
            foreach (var (key, value) in Extensions)
            {
                extensions.TryAdd(key, value);
            }
        }

        return new GraphQLError(Message, Locations, Path, extensions, Exception);
    }

    /// <inheritdoc />
    public override string ToString() => Message;
}
