using System.Diagnostics;
using ChainGraph.Reporting;

namespace ChainGraph.Printing;

/// <summary>
/// Prints HTML to PDF with headless Chromium (Debian's <c>chromium</c>; CJK text needs <c>fonts-noto-cjk</c>), one
/// process per document (<c>--print-to-pdf</c>) with its own temporary profile, so a hung or crashed render takes no
/// other document with it and no state leaks between documents. Calls may run concurrently; bound them with
/// <see cref="BoundedPdfPrinter"/>. Measured on the sample's nev briefing: 5.0 s per document, 2.2 s of which is
/// Chromium's start-up (a shared browser over DevTools renders the same in 2.6 s; docs/security.md "Rendering limits").
/// </summary>
public sealed class ChromiumPrinter(string executable = ChromiumPrinter.DefaultExecutable, bool sandbox = false,
    TimeSpan? timeout = null) : IPdfPrinter
{
    public const string DefaultExecutable = "/usr/bin/chromium";

    private readonly TimeSpan _timeout = timeout ?? TimeSpan.FromSeconds(60);

    /// <summary>True when Chromium runs with its sandbox (see <see cref="ChromiumSandbox"/>).</summary>
    public bool Sandbox => sandbox;

    /// <inheritdoc />
    public async Task<byte[]> PrintAsync(string html, CancellationToken cancellationToken = default)
    {
        var work = Directory.CreateTempSubdirectory("chaingraph-pdf-");
        try
        {
            var page = Path.Combine(work.FullName, "briefing.html");
            var pdf = Path.Combine(work.FullName, "briefing.pdf");
            await File.WriteAllTextAsync(page, html, cancellationToken).ConfigureAwait(false);
            await RunAsync(Arguments(work.FullName, page, pdf), cancellationToken).ConfigureAwait(false);
            return File.Exists(pdf) ? await File.ReadAllBytesAsync(pdf, cancellationToken).ConfigureAwait(false)
                : throw new InvalidOperationException("chromium exited without writing the PDF");
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private IEnumerable<string> Arguments(string work, string page, string pdf) =>
    [
        "--headless", .. sandbox ? Array.Empty<string>() : ["--no-sandbox"], "--disable-gpu", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        $"--user-data-dir={Path.Combine(work, "profile")}", $"--print-to-pdf={pdf}", "--no-pdf-header-footer",
        new Uri(page).AbsoluteUri,
    ];

    private async Task RunAsync(IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(executable) { RedirectStandardError = true, RedirectStandardOutput = true,
            UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = StartOrExplain(start);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(_timeout);
        var errors = process.StandardError.ReadToEndAsync(limit.Token);
        _ = process.StandardOutput.ReadToEndAsync(limit.Token);
        try
        {
            await process.WaitForExitAsync(limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            if (cancellationToken.IsCancellationRequested) throw;
            throw new InvalidOperationException($"chromium did not finish the PDF within {_timeout.TotalSeconds:0} s");
        }
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"chromium failed ({process.ExitCode}): {Tail(await errors.ConfigureAwait(false))}");
    }

    private Process StartOrExplain(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start) ?? throw new InvalidOperationException($"could not start {executable}");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException(
                $"could not start {executable} ({e.Message}); install Debian's chromium and fonts-noto-cjk (scripts/setup.sh)", e);
        }
    }

    private static string Tail(string text) => text.Length <= 400 ? text.Trim() : text[^400..].Trim();
}
