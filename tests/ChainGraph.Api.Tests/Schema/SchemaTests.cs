using System.Text.Encodings.Web;
using System.Text.Json;
using ChainGraph.GraphQL.AspNetCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChainGraph.Api.Tests.Schema;

public sealed class SchemaTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private async Task<string> Run(string query)
    {
        var executor = api.App.Services.GetRequiredService<GraphQLRequestExecutor>();
        await api.App.Services.GetRequiredService<ChainGraph.Application.Snapshots.SnapshotHolder>().ReadyAsync();
        var response = await executor.ExecuteAsync(new GraphQLRequest(query), new GraphQLExecutionContext { Services = api.App.Services });
        // Re-serialised so the expectations do not depend on the serializer's escaping.
        return JsonSerializer.Serialize(JsonDocument.Parse(executor.ToJson(response)).RootElement, Relaxed);
    }

    [Fact]
    public async Task Chain_BriefingLinks_PointAtTheBriefingPages()
    {
        var json = await Run("{ chain(id: \"nev\") { briefing { html pdf } } }");

        json.Should().Contain("\"html\":\"/briefings/nev\"").And.Contain("\"pdf\":\"/briefings/nev.pdf\"");
    }

    [Fact]
    public async Task Snapshot_And_Chains_ResolveFromTheStore()
    {
        var json = await Run("{ snapshot { version enterprises } chains { id name category } chain(id: \"nev\") { name } missing: chain(id: \"x\") { name } }");

        json.Should().Be("""{"data":{"snapshot":{"version":1,"enterprises":3},"chains":[{"id":"nev","name":"新能源汽车","category":"STRATEGIC_EMERGING"}],"chain":{"name":"新能源汽车"},"missing":null}}""");
    }
}
