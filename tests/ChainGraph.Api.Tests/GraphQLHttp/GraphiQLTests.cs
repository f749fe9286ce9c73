using System.Net;
using System.Text.RegularExpressions;
using static ChainGraph.Api.Tests.GraphQLHttp.GraphQLHttpResponse;

namespace ChainGraph.Api.Tests.GraphQLHttp;

/// <summary>GraphiQL as the real API serves it: the page and everything it loads come from the API itself.</summary>
public sealed partial class GraphiQLTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    [Fact]
    public async Task Get_FromBrowser_ServesGraphiQLPage()
    {
        var response = await SendAsync(api.Client, Get("/graphql", BrowserAccept));

        response.Status.Should().Be(HttpStatusCode.OK);
        response.MediaType.Should().Be("text/html");
        response.Text.Should().Contain("<div id=\"graphiql\"");
    }

    [Fact]
    public async Task Page_LoadsNothingFromOtherHosts()
    {
        var page = await SendAsync(api.Client, Get("/graphql", BrowserAccept));

        var sources = SourceAttribute().Matches(page.Text).Select(m => m.Groups["url"].Value).ToList();

        sources.Should().NotBeEmpty().And.OnlyContain(url => url.StartsWith("data:", StringComparison.Ordinal) || (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal)));
        foreach (var source in sources.Where(url => url.StartsWith('/')))
        {
            var asset = await SendAsync(api.Client, Get(source));
            asset.Status.Should().Be(HttpStatusCode.OK, source);
        }
    }

    [Theory]
    [InlineData("graphiql.js", "text/javascript")]
    [InlineData("graphiql.css", "text/css")]
    [InlineData("editor.worker.js", "text/javascript")]
    [InlineData("graphql.worker.js", "text/javascript")]
    [InlineData("json.worker.js", "text/javascript")]
    public async Task Assets_ServedWithTypeAndNoAbsoluteUrlsToLoad(string file, string mediaType)
    {
        var response = await SendAsync(api.Client, Get("/graphiql/" + file));

        response.Status.Should().Be(HttpStatusCode.OK);
        response.MediaType.Should().Be(mediaType);
        ExternalLoad().IsMatch(response.Text).Should().BeFalse("the bundle must not import scripts, styles or fonts from the internet");
    }

    [Fact]
    public async Task Get_FromBrowserWithQuery_RunsTheQuery()
    {
        var response = await SendAsync(api.Client, Get("/graphql?query=%7B__typename%7D", BrowserAccept));

        response.Status.Should().Be(HttpStatusCode.OK);
        response.MediaType.Should().Be("application/json");
    }

    [GeneratedRegex(@"<(?:script|link)[^>]*\b(?:src|href)=""(?<url>[^""]+)""")]
    private static partial Regex SourceAttribute();

    // import("https://..."), import ... from "https://...", new Worker("https://..."), url(https://...), @import "http...".
    [GeneratedRegex(@"(?:\bimport\s*\(?\s*|\bfrom\s*|new\s+(?:Shared)?Worker\s*\(\s*|url\(\s*|@import\s+)[""']?(?:https?:)?//")]
    private static partial Regex ExternalLoad();
}
