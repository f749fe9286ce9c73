using ChainGraph.Api.Settings;
using ChainGraph.Application.Targets;
using ChainGraph.GraphQL.AspNetCore;
using Microsoft.Extensions.Options;

namespace ChainGraph.Api;

/// <summary>
/// Composes the service: configuration, the store, endpoints. Tests call <see cref="Build"/> and listen on a loopback port.
/// </summary>
public static class ChainGraphApp
{
    /// <summary>
    /// The service, configured by <paramref name="args"/> and then <paramref name="configure"/>. With
    /// <paramref name="loadAtOnce"/> (the service's entry point) the first snapshot starts loading as soon as the
    /// services exist, on one core while the host finishes starting on the other (issue 16: a fresh service's first
    /// answer); otherwise when the host starts.
    /// </summary>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null, bool loadAtOnce = false)
    {
        // The content root is where the build put appsettings.json, not the folder the process was started from: a
        // service started as `dotnet path/to/ChainGraph.Api.dll` keeps its settings (log levels, rate limits).
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        configure?.Invoke(builder);
        builder.AddChainGraphSettings();
        builder.Services.AddSingleton<StoreProvider>();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<SnapshotHolder>();
        builder.Services.AddSingleton<SnapshotRefresher>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<SnapshotRefresher>());
        builder.Services.AddSingleton<TargetsModelPreparer>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<TargetsModelPreparer>());
        builder.Services.AddSingleton<ISnapshotWarmup, Schema.EnterpriseFilterWarmup>();
        builder.Services.AddHostedService<SnapshotWarmer>();
        builder.Services.AddHostedService<Schema.GraphQLStartWarmup>();
        builder.Services.AddSingleton(sp => sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<Schema.ImportOptions>>().Value
            .ToAccess());
        builder.Services.AddSingleton<Schema.ApiWriter>();
        builder.Services.AddSingleton<Schema.ImportJobs>();
        builder.Services.AddSingleton<RiskModels>();
        builder.Services.AddSingleton(services => new GraphQLRequestExecutor(Schema.ChainGraphSchema.Build(),
            services.GetRequiredService<IOptions<Schema.GraphQLOptions>>().Value.ToExecutorOptions(),
            services.GetRequiredService<ILogger<GraphQLRequestExecutor>>()));
        builder.AddChainGraphSecurity();
        builder.Services.AddHostedService<Security.AuditReconciliation>();
        builder.AddPdfPrinting();
        builder.AddChainGraphTelemetry();
        var app = builder.Build();
        if (loadAtOnce) app.Services.GetRequiredService<SnapshotRefresher>().BeginWarmUp();
        // The import root exists from the start, so operators see where to put files.
        app.Lifetime.ApplicationStarted.Register(() => app.Services.GetRequiredService<Storage.Import.ImportAccess>());
        app.UseRequestOutcomes();
        app.UseChainGraphSecurity();
        app.UseCallerRequired("/graphql");
        app.UseSnapshotReady();
        app.MapHealth();
        app.MapMetrics();
        // Metrics per GraphQL operation: the endpoint reports what it read and answered through GraphQLOperationFeature.
        app.UseWhen(http => http.Request.Path == "/graphql", branch => branch.Use(
            next => http => Telemetry.GraphQLOperationObserver.ObserveAsync(http, next)));
        // Every GraphQL request still passes the caller hook (401 without a valid key), and UseCallerRequired gates GraphiQL's page.
        app.MapGraphQL("/graphql").AllowAnonymous();
        app.MapPages();
        return app;
    }
}
