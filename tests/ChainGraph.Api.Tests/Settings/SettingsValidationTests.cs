using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChainGraph.Api.Tests.Settings;

/// <summary>Every section is validated when the service starts, and a refusal names the key.</summary>
public sealed class SettingsValidationTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cg-settings-").FullName;

    [Theory]
    [InlineData("ChainGraph:Neo4j:PageSize", "-1")]
    [InlineData("ChainGraph:Neo4j:BatchSize", "0")]
    [InlineData("ChainGraph:Neo4j:MaxRetries", "-2")]
    [InlineData("ChainGraph:GraphQL:MaxDepth", "0")]
    [InlineData("ChainGraph:GraphQL:Http:RequestTimeout", "-00:00:05")]
    [InlineData("ChainGraph:GraphQL:Http:MaxRequestBodySize", "-1")]
    [InlineData("ChainGraph:Store:Kind", "Oracle")]
    [InlineData("ChainGraph:RateLimit:Burst", "-1")]
    [InlineData("ChainGraph:Telemetry:Otlp", "collector:4317")]
    [InlineData("ChainGraph:Telemetry:MetricsPath", "metrics")]
    [InlineData("ChainGraph:Telemetry:ServiceName", " ")]
    public async Task Start_InvalidSetting_RefusedNamingTheKey(string key, string value)
    {
        // The GraphQL endpoint reads its settings when it is mapped, so those are refused while the app is built.
        var start = async () =>
        {
            await using var app = Build(key, value);
            await app.StartAsync();
        };

        var error = (await start.Should().ThrowAsync<OptionsValidationException>()).Which.Message;
        error.Should().Contain(key);
    }

    [Fact]
    public async Task Start_ValidSettings_Starts()
    {
        await using var app = Build("ChainGraph:Neo4j:PageSize", "500");

        await app.StartAsync();

        app.Services.GetRequiredService<IOptions<Storage.Neo4j.Neo4jOptions>>().Value.PageSize.Should().Be(500);
        await app.StopAsync();
    }

    private WebApplication Build(string key, string value) => ChainGraphApp.Build(["--urls", "http://127.0.0.1:0",
        "--ChainGraph:Store:Path", Path.Combine(_folder, "store.db"), "--ChainGraph:Import:Root", Path.Combine(_folder, "imports"), $"--{key}", value]);

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
