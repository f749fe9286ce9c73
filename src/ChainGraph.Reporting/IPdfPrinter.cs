namespace ChainGraph.Reporting;

/// <summary>
/// Prints a self-contained HTML document (no relative links are resolved) to PDF. The hosts supply the implementation
/// (Chromium, in <c>ChainGraph.Printing</c>), so the briefing renderer never starts a process itself.
/// </summary>
public interface IPdfPrinter
{
    /// <exception cref="InvalidOperationException">The printer is missing, failed or timed out.</exception>
    Task<byte[]> PrintAsync(string html, CancellationToken cancellationToken = default);
}
