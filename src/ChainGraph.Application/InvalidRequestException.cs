namespace ChainGraph.Application;

/// <summary>
/// A use case was asked something the data cannot answer (an unknown chain, segment or firm, a count out of range); the
/// message says what would work. The CLI reports it as a usage error, the API as a bad request (or not found, by
/// <see cref="NotFound"/>).
/// </summary>
public sealed class InvalidRequestException(string message, bool notFound = false) : Exception(message)
{
    /// <summary>True when a named thing (chain, segment, enterprise) does not exist; false when the request is malformed.</summary>
    public bool NotFound { get; } = notFound;
}
