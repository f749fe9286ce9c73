using System.Diagnostics.Metrics;
using ChainGraph.Reporting;
using ChainGraph.Api.Printing;
using ChainGraph.Api.Telemetry;
using ChainGraph.Printing;
using Microsoft.Extensions.Options;

namespace ChainGraph.Api;

/// <summary>Composes PDF printing: Chromium bounded by <see cref="PdfOptions"/>, and the briefing PDF cache.</summary>
public static class PrintingExtensions
{
    /// <summary>Registers <see cref="BoundedPdfPrinter"/> (also as <see cref="IPdfPrinter"/>) and <see cref="BriefingPdfCache"/>.</summary>
    public static WebApplicationBuilder AddPdfPrinting(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<PdfOptions>()
            .Bind(builder.Configuration.GetSection(PdfOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton(CreatePrinter);
        builder.Services.AddSingleton<IPdfPrinter>(sp => sp.GetRequiredService<BoundedPdfPrinter>());
        builder.Services.AddSingleton<BriefingPdfCache>();
        return builder;
    }

    private static BoundedPdfPrinter CreatePrinter(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<PdfOptions>>().Value;
        var sandbox = ChromiumSandbox.Detect(options.Sandbox);
        var chromium = new ChromiumPrinter(options.Chromium, sandbox.Enabled, TimeSpan.FromSeconds(options.RenderTimeoutSeconds));
        var printer = new BoundedPdfPrinter(chromium, options.Concurrency, options.QueueLength,
            TimeSpan.FromSeconds(options.QueueTimeoutSeconds), services.GetRequiredService<TimeProvider>());
        var meter = services.GetRequiredService<IMeterFactory>().Create(ChainGraphMetrics.MeterName);
        meter.CreateObservableGauge("chaingraph.pdf.renders.running", () => printer.Running, "{render}",
            "Chromium processes printing a PDF now");
        meter.CreateObservableGauge("chaingraph.pdf.renders.waiting", () => printer.Waiting, "{render}",
            "PDFs waiting for a turn to print");
        services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(PrintingExtensions).Namespace!)
            .PdfPrinting(options.Concurrency, options.QueueLength, options.QueueTimeoutSeconds, sandbox.Enabled ? "on" : "off",
            sandbox.Reason);
        return printer;
    }
}
