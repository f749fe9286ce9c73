using System.ComponentModel.DataAnnotations;
using ChainGraph.Printing;

namespace ChainGraph.Api.Printing;

/// <summary><c>ChainGraph:Pdf</c>: how the service prints briefing PDFs with Chromium. Validated at start.</summary>
public sealed class PdfOptions
{
    public const string Section = "ChainGraph:Pdf";

    /// <summary>The Chromium executable. Default <c>/usr/bin/chromium</c> (Debian's).</summary>
    [Required]
    public string Chromium { get; set; } = ChromiumPrinter.DefaultExecutable;

    /// <summary>Chromium processes printing at once. Default 2 (each takes ~250 MB and most of a core for ~5 s).</summary>
    [Range(1, 64)]
    public int Concurrency { get; set; } = 2;

    /// <summary>PDFs that may wait for a turn beyond those printing; more get 429 at once. Default 4.</summary>
    [Range(0, 1000)]
    public int QueueLength { get; set; } = 4;

    /// <summary>Longest wait for a turn, in seconds, before 429. Default 30.</summary>
    [Range(1, 600)]
    public int QueueTimeoutSeconds { get; set; } = 30;

    /// <summary>Longest a single render may take, in seconds, before Chromium is killed. Default 60.</summary>
    [Range(1, 600)]
    public int RenderTimeoutSeconds { get; set; } = 60;

    /// <summary>
    /// <c>Auto</c> (default): the sandbox is on unless the platform cannot have it (running as root, no user namespaces).
    /// </summary>
    public SandboxMode Sandbox { get; set; } = SandboxMode.Auto;
}
