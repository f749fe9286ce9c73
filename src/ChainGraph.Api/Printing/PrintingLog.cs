namespace ChainGraph.Api.Printing;

/// <summary>PDF printing's log events.</summary>
internal static partial class PrintingLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information,
        Message = "PDF printing: up to {Concurrency} Chromium at once, {QueueLength} waiting at most {QueueTimeoutSeconds} s; sandbox {Sandbox}: {Reason}")]
    public static partial void PdfPrinting(this ILogger logger, int concurrency, int queueLength, int queueTimeoutSeconds, string sandbox,
        string reason);
}
