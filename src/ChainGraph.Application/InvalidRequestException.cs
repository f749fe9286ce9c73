namespace ChainGraph.Application;

/// <summary>
/// A use case was asked something the data cannot answer (an unknown chain or segment, a count out of range); the
/// message says what would work. The CLI reports it as a usage error, the API as a bad request.
/// </summary>
public sealed class InvalidRequestException(string message) : Exception(message);
