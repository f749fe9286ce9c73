using ChainGraph.Api.Schema;
using ChainGraph.Api.Security;
using ChainGraph.GraphQL.AspNetCore;
using ChainGraph.Storage.Neo4j;
using Microsoft.Extensions.Options;

namespace ChainGraph.Api.Settings;

/// <summary>
/// Binds every <c>ChainGraph:*</c> section the service reads once, as options validated when the service starts: a bad
/// value stops it with a message naming the key, instead of failing on first use. (Security, printing and telemetry
/// bind their own sections beside their registrations.)
/// </summary>
public static class SettingsRegistration
{
    /// <summary>Adds the options of the store, Neo4j, analysis, risk model, import, GraphQL and rate limits.</summary>
    public static WebApplicationBuilder AddChainGraphSettings(this WebApplicationBuilder builder)
    {
        builder.Bind<StoreOptions>(StoreOptions.Section)
            .Validate(o => o.HasKnownKind, $"{StoreOptions.Section}:Kind must be {StoreOptions.Sqlite} or {StoreOptions.Neo4j}");
        builder.Bind<Neo4jOptions>(Neo4jOptions.Section);
        builder.Services.AddSingleton<IValidateOptions<Neo4jOptions>, Neo4jOptionsValidator>();
        builder.Bind<AnalysisOptions>(AnalysisOptions.Section);
        builder.Services.AddHostedService<RulesFileCheck>();
        builder.Bind<RiskOptions>(RiskOptions.Section);
        builder.Bind<ImportOptions>(ImportOptions.Section)
            .Validate(o => o.HasValidLimits,
            $"{ImportOptions.Section}: the limits must be positive and MaxLineBytes at least {Storage.Import.ImportLimits.MinLineBytes}");
        builder.Bind<GraphQLOptions>(GraphQLOptions.Section)
            .Validate(o => o.MaxDepth > 0, $"{GraphQLOptions.Section}:MaxDepth must be positive")
            .Validate(o => o.MaxFieldCost > 0, $"{GraphQLOptions.Section}:MaxFieldCost must be positive")
            .Validate(o => o.MaxAliases > 0, $"{GraphQLOptions.Section}:MaxAliases must be positive")
            .Validate(o => o.MaxFragmentSpreads > 0, $"{GraphQLOptions.Section}:MaxFragmentSpreads must be positive");
        builder.Bind<GraphQLHttpOptions>(GraphQLHttpOptions.Section)
            .Validate(o => o.MaxRequestBodySize > 0, $"{GraphQLHttpOptions.Section}:MaxRequestBodySize must be positive")
            .Validate(o => o.RequestTimeout > TimeSpan.Zero, $"{GraphQLHttpOptions.Section}:RequestTimeout must be positive");
        builder.Bind<RateLimitOptions>(RateLimitOptions.Section)
            .Validate(o => o.Burst >= 0, $"{RateLimitOptions.Section}:Burst must not be negative");
        return builder;
    }

    private static OptionsBuilder<T> Bind<T>(this WebApplicationBuilder builder, string section) where T : class =>
        builder.Services.AddOptions<T>().Bind(builder.Configuration.GetSection(section)).ValidateOnStart();
}
