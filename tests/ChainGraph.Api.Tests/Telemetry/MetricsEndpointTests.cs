using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using ChainGraph.Api.Security;
using static ChainGraph.Api.Tests.Security.SecureApiHost;

namespace ChainGraph.Api.Tests.Telemetry;

/// <summary>Issue 15 "Observability": Prometheus text at /metrics for the admin role, with our meters and ASP.NET Core's and the runtime's.</summary>
[Collection(nameof(MetricsCollection))]
public sealed partial class MetricsEndpointTests(MetricsHost api) : IClassFixture<MetricsHost>
{
    [Fact]
    public async Task Metrics_WithoutKey_401()
    {
        (await api.Client.SendAsync(Get("/metrics"))).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData(Role.Viewer)]
    [InlineData(Role.Analyst)]
    [InlineData(Role.Editor)]
    public async Task Metrics_BelowAdmin_403(Role role)
    {
        (await api.Client.SendAsync(Get("/metrics", bearer: api.Key(role)))).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Metrics_AdminAfterRequests_ListsOurMetersWithValues()
    {
        var analyst = api.Key(Role.Analyst);
        for (var i = 0; i < 3; i++)
            (await api.Client.SendAsync(PostGraphQL("query ChainList { chains { id } }", bearer: analyst))).EnsureSuccessStatusCode();
        (await api.Client.SendAsync(PostGraphQL("query Checklist { checklist(first: 1) { nodes { id } } }", bearer: analyst))).EnsureSuccessStatusCode();
        await api.Client.SendAsync(PostGraphQL("query Forbidden { checklist(first: 1) { nodes { id } } }", bearer: api.Key(Role.Viewer)));
        await api.Client.SendAsync(Get("/test/caller", bearer: "cg_0123456789abcdef_wrong"));

        var text = await Scrape();

        Value(text, "chaingraph_graphql_operation_duration_seconds_count", "graphql_operation_name=\"ChainList\"", "outcome=\"ok\"").Should().BeGreaterThanOrEqualTo(3);
        Value(text, "chaingraph_requests_rejected_total", "reason=\"authentication\"").Should().BeGreaterThanOrEqualTo(1);
        Value(text, "chaingraph_requests_rejected_total", "reason=\"authorization\"").Should().BeGreaterThanOrEqualTo(1);
        Value(text, "chaingraph_cache_lookups_total", "cache=\"analysis\"").Should().BeGreaterThan(0);
        Value(text, "chaingraph_snapshot_load_duration_seconds_count").Should().BeGreaterThanOrEqualTo(1);
        Value(text, "chaingraph_snapshot_age_seconds").Should().BeGreaterThanOrEqualTo(0);
        Value(text, "http_server_request_duration_seconds_count", "http_route=\"/graphql\"").Should().BeGreaterThanOrEqualTo(3);
        text.Should().MatchRegex("(?m)^dotnet_gc_collections_total", "the runtime's meters are exported");
    }

    [Fact]
    public async Task Metrics_BodyTooLarge_CountedAsBodySize()
    {
        var before = Value(await Scrape(), "chaingraph_requests_rejected_total", "reason=\"body_size\"") ?? 0;
        var request = new HttpRequestMessage(HttpMethod.Post, "/test/body") { Content = new ByteArrayContent(new byte[2 * 1024 * 1024]) };
        request.Headers.Authorization = new("Bearer", api.Key(Role.Viewer));
        request.Headers.ExpectContinue = true;

        (await api.Client.SendAsync(request)).StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);

        Value(await Scrape(), "chaingraph_requests_rejected_total", "reason=\"body_size\"").Should().Be(before + 1);
    }

    private async Task<string> Scrape()
    {
        var response = await api.Client.SendAsync(Get("/metrics", bearer: api.Key(Role.Admin)));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/plain");
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The sum of the samples of <paramref name="metric"/> whose labels include every one of <paramref name="labels"/>; null when there is none.</summary>
    private static double? Value(string text, string metric, params string[] labels)
    {
        var samples = Sample().Matches(text).Where(m => m.Groups["name"].Value == metric && labels.All(m.Groups["labels"].Value.Contains)).ToArray();
        return samples.Length == 0 ? null : samples.Sum(m => double.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"(?m)^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?<labels>[^}]*)\})? (?<value>[-+0-9.eE]+|NaN)")]
    private static partial Regex Sample();
}
