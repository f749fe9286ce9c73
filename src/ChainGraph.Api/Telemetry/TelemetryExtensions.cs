using ChainGraph.Api.Security;
using ChainGraph.Api.Telemetry;
using Microsoft.Extensions.Options;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace ChainGraph.Api;

/// <summary>
/// Composes observability: OpenTelemetry traces and metrics for ASP.NET Core, the runtime and <see cref="ChainGraphMetrics"/>,
/// exported by OTLP when configured and as Prometheus text at <c>/metrics</c> (admin role); JSON console logs on request.
/// </summary>
public static class TelemetryExtensions
{
    public static WebApplicationBuilder AddChainGraphTelemetry(this WebApplicationBuilder builder)
    {
        // Read while composing, because they decide what is registered; served to the rest as options.
        var options = TelemetryOptions.Read(builder.Configuration);
        builder.Services.AddSingleton(Options.Create(options));
        builder.Services.AddSingleton<ChainGraphMetrics>();
        builder.Services.AddSingleton<ISnapshotMetrics>(services => services.GetRequiredService<ChainGraphMetrics>());
        var otlp = options.Otlp is { Length: > 0 } || Environment.GetEnvironmentVariable("OTEL_EXPORTER_OTLP_ENDPOINT") is { Length: > 0 };
        var telemetry = builder.Services.AddOpenTelemetry().ConfigureResource(r => r.AddService(options.ServiceName));
        telemetry.WithMetrics(metrics =>
        {
            metrics.AddAspNetCoreInstrumentation().AddRuntimeInstrumentation().AddMeter(ChainGraphMetrics.MeterName);
            metrics.AddPrometheusExporter(p => p.ScrapeResponseCacheDurationMilliseconds = 0);
            if (otlp) metrics.AddOtlpExporter(o => Endpoint(o, options));
        });
        // Traces only go somewhere over OTLP: without it, no spans are recorded at all.
        if (otlp) telemetry.WithTracing(tracing => tracing.AddAspNetCoreInstrumentation().AddOtlpExporter(o => Endpoint(o, options)));
        if (LoggingOptions.Read(builder.Configuration).Json)
            builder.Logging.AddJsonConsole(j => (j.IncludeScopes, j.UseUtcTimestamp, j.TimestampFormat) = (true, true,
                "yyyy-MM-ddTHH:mm:ss.fffZ"));
        return builder;
    }

    /// <summary>Counts refused requests by reason (<see cref="RequestOutcomes"/>). Call first, so it sees every final status.</summary>
    public static WebApplication UseRequestOutcomes(this WebApplication app)
    {
        app.UseMiddleware<RequestOutcomes>();
        return app;
    }

    /// <summary>Maps the Prometheus text endpoint for the admin role: 401 without a key, 403 for other roles.</summary>
    public static WebApplication MapMetrics(this WebApplication app)
    {
        var path = app.Services.GetRequiredService<IOptions<TelemetryOptions>>().Value.MetricsPath;
        app.MapPrometheusScrapingEndpoint(path).RequireAuthorization(p => p.RequireRole(Role.Admin.ToString().ToLowerInvariant()));
        return app;
    }

    private static void Endpoint(OtlpExporterOptions exporter, TelemetryOptions options)
    {
        if (options.Otlp is { Length: > 0 } endpoint) exporter.Endpoint = new Uri(endpoint);
    }
}
