using ChainGraph.GraphQL.AspNetCore;

namespace ChainGraph.Api;

/// <summary>Composes the service: configuration, the store, endpoints. Tests call <see cref="Build"/> and listen on a loopback port.</summary>
public static class ChainGraphApp
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);
        builder.Services.Configure<StoreOptions>(builder.Configuration.GetSection(StoreOptions.Section));
        builder.Services.AddSingleton<StoreProvider>();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<Schema.SnapshotHolder>();
        builder.Services.AddSingleton<Schema.SnapshotRefresher>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<Schema.SnapshotRefresher>());
        builder.Services.AddSingleton<Schema.ApiWriter>();
        builder.Services.AddSingleton<Schema.RiskModels>();
        var graphQL = builder.Configuration.GetSection(Schema.GraphQLOptions.Section).Get<Schema.GraphQLOptions>() ?? new Schema.GraphQLOptions();
        builder.Services.AddSingleton(services => new GraphQLRequestExecutor(
            Schema.ChainGraphSchema.Build(), graphQL.ToExecutorOptions(), services.GetRequiredService<ILogger<GraphQLRequestExecutor>>()));
        builder.AddChainGraphSecurity();
        builder.AddPdfPrinting();
        builder.Services.AddSingleton<Telemetry.ChainGraphMetrics>();
        var app = builder.Build();
        app.UseChainGraphSecurity();
        app.UseCallerRequired("/graphql");
        app.MapHealth();
        // Every GraphQL request still passes the caller hook (401 without a valid key), and UseCallerRequired gates GraphiQL's page.
        app.MapGraphQL("/graphql").AllowAnonymous();
        app.MapPages();
        return app;
    }
}
