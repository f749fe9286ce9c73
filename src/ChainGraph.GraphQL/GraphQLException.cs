namespace ChainGraph.GraphQL;

/// <summary>
/// An error meant for the client. Resolvers throw it to report a field error whose message is shown as is,
/// with <see cref="Code"/> as <c>extensions.code</c>. Any other exception becomes "Unexpected Execution Error".
/// </summary>
public class GraphQLException : Exception
{
    /// <summary>Creates the exception.</summary>
    public GraphQLException(string message, string? code = null, IReadOnlyDictionary<string, object?>? extensions = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Code = code;
        Extensions = extensions;
    }

    /// <summary>The machine-readable code for <c>extensions.code</c>, or null.</summary>
    public string? Code { get; }

    /// <summary>Further entries for <c>extensions</c>, or null.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; }

    /// <summary>The exception as a response error (no locations or path).</summary>
    public virtual GraphQLError ToError() => new(Message, extensions: BuildExtensions(), exception: this);

    /// <summary>The merged extensions including <see cref="Code"/>, or null when there are none.</summary>
    protected IReadOnlyDictionary<string, object?>? BuildExtensions()
    {
        if (Code is null)
        {
            return Extensions;
        }

        var result = new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = Code };
        if (Extensions is not null)
        {
            foreach (var (key, value) in Extensions)
            {
                result.TryAdd(key, value);
            }
        }

        return result;
    }
}
