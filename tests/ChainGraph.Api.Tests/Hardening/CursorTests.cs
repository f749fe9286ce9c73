using System.Net;
using ChainGraph.Api.Security;
using ChainGraph.Api.Tests.Security;
using static ChainGraph.Api.Tests.Security.Responses;
using static ChainGraph.Api.Tests.Security.SecureApiHost;

namespace ChainGraph.Api.Tests.Hardening;

/// <summary>Finding 6: forged and overflowing cursors are the caller's error (BAD_USER_INPUT), never an unexpected one.</summary>
public sealed class CursorTests(LoopbackHost api) : IClassFixture<LoopbackHost>
{
    [Theory]
    [InlineData("b2Zmc2V0OjIxNDc0ODM2NDc=")] // offset:2147483647
    [InlineData("b2Zmc2V0OjM=")] // offset:3, past the end of the three-enterprise list
    [InlineData("b2Zmc2V0Oi0x")] // offset:-1
    [InlineData("b2Zmc2V0Ojk5OTk5OTk5OTk5OTk5OTk5OTk5")] // offset:99999999999999999999
    [InlineData("b2Zmc2V0OisxICA=")] // offset:+1 with spaces
    [InlineData("not base64 at all!")]
    public async Task Enterprises_ForgedCursor_BadUserInput(string cursor)
    {
        var response = await api.Client.SendAsync(PostGraphQL($$"""{ enterprises(first: 5, after: "{{cursor}}") { totalCount nodes { id } } }""", api.Key(Role.Viewer)));
        var body = await Json(response);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString().Should().Be("BAD_USER_INPUT", body.ToString());
    }

    [Fact]
    public async Task Enterprises_CursorOfTheLastItem_EmptyPageNoError()
    {
        var first = await Json(await api.Client.SendAsync(PostGraphQL("{ enterprises(first: 100) { pageInfo { endCursor } } }", api.Key(Role.Viewer))));
        var end = first.GetProperty("data").GetProperty("enterprises").GetProperty("pageInfo").GetProperty("endCursor").GetString();

        var next = await Json(await api.Client.SendAsync(PostGraphQL($$"""{ enterprises(first: 5, after: "{{end}}") { nodes { id } pageInfo { hasNextPage } } }""", api.Key(Role.Viewer))));

        next.TryGetProperty("errors", out _).Should().BeFalse(next.ToString());
        next.GetProperty("data").GetProperty("enterprises").GetProperty("nodes").GetArrayLength().Should().Be(0);
    }
}
