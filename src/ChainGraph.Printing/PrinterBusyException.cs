namespace ChainGraph.Printing;

/// <summary>
/// The printer's queue is full, or a document waited longer than the queue timeout: try again after <see cref="RetryAfter"/>.
/// </summary>
public sealed class PrinterBusyException(string message, TimeSpan retryAfter) : Exception(message)
{
    public TimeSpan RetryAfter { get; } = retryAfter;
}
