using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ChainGraph.Api.Tests;

public sealed class HealthEndpointTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Health_StoreOpens_OkWithCounts()
    {
        var response = await api.Client.GetAsync("/health");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("status").GetString().Should().Be("ok");
        body.GetProperty("version").GetInt64().Should().Be(1);
        body.GetProperty("counts").GetProperty("enterprises").GetInt64().Should().Be(3);
    }

    [Fact]
    public async Task UnknownPath_NotFound()
    {
        var response = await api.Client.GetAsync("/nothing-here");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
