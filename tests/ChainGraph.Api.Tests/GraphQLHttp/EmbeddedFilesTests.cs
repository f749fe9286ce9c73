using ChainGraph.GraphQL.AspNetCore;
using Microsoft.AspNetCore.Http;

namespace ChainGraph.Api.Tests.GraphQLHttp;

/// <summary>The embedded-file server on its own, over the GraphiQL bundle embedded in ChainGraph.GraphQL.AspNetCore.</summary>
public sealed class EmbeddedFilesTests
{
    private static readonly EmbeddedFiles GraphiQL = EmbeddedFiles.Load(typeof(EmbeddedFiles).Assembly, "graphiql/");

    [Fact]
    public async Task SendAsync_KnownFile_SendsTheResourceWithTypeAndCacheHeaders()
    {
        var http = Context();

        await GraphiQL.SendAsync(http, "graphiql.css");

        http.Response.StatusCode.Should().Be(StatusCodes.Status200OK);
        http.Response.ContentType.Should().Be("text/css; charset=utf-8");
        http.Response.Headers.CacheControl.ToString().Should().Be("no-cache");
        http.Response.Headers.XContentTypeOptions.ToString().Should().Be("nosniff");
        http.Response.Headers.ETag.ToString().Should().MatchRegex("^\"[0-9a-f]{32}\"$");
        Body(http).Should().Equal(Resource("graphiql/graphiql.css"));
        http.Response.ContentLength.Should().Be(Resource("graphiql/graphiql.css").Length);
    }

    [Fact]
    public async Task SendAsync_ClientHoldsThisVersion_NotModifiedWithoutBody()
    {
        var first = Context();
        await GraphiQL.SendAsync(first, "index.html");
        var second = Context();
        second.Request.Headers.IfNoneMatch = first.Response.Headers.ETag;

        await GraphiQL.SendAsync(second, "index.html");

        second.Response.StatusCode.Should().Be(StatusCodes.Status304NotModified);
        Body(second).Should().BeEmpty();
    }

    [Fact]
    public async Task SendAsync_OlderVersion_SendsTheFile()
    {
        var http = Context();
        http.Request.Headers.IfNoneMatch = "\"0\"";

        await GraphiQL.SendAsync(http, "graphiql.js");

        http.Response.StatusCode.Should().Be(StatusCodes.Status200OK);
        http.Response.ContentType.Should().Be("text/javascript; charset=utf-8");
        Body(http).Should().NotBeEmpty();
    }

    [Theory]
    [InlineData("nope.js")]
    [InlineData("graphiql.js.LEGAL.txt")]
    [InlineData("GRAPHIQL.JS")]
    [InlineData("../graphiql/index.html")]
    public async Task SendAsync_NotAServedFile_NotFound(string name)
    {
        var http = Context();

        await GraphiQL.SendAsync(http, name);

        http.Response.StatusCode.Should().Be(StatusCodes.Status404NotFound);
        http.Response.Headers.ETag.Should().BeEmpty();
        GraphiQL.Contains(name).Should().BeFalse();
    }

    [Fact]
    public void Load_PrefixWithoutResources_ServesNothing()
    {
        var files = EmbeddedFiles.Load(typeof(EmbeddedFiles).Assembly, "chainmap/");

        files.Contains("index.html").Should().BeFalse();
        GraphiQL.Contains("index.html").Should().BeTrue();
    }

    [Fact]
    public void Load_EmptyPrefix_Rejected()
    {
        var act = () => EmbeddedFiles.Load(typeof(EmbeddedFiles).Assembly, "");

        act.Should().Throw<ArgumentException>();
    }

    private static DefaultHttpContext Context() => new() { Response = { Body = new MemoryStream() } };

    private static byte[] Body(HttpContext http) => ((MemoryStream)http.Response.Body).ToArray();

    private static byte[] Resource(string name)
    {
        using var stream = typeof(EmbeddedFiles).Assembly.GetManifestResourceStream(name)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
