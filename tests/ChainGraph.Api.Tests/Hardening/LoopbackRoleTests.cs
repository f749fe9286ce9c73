using System.Net;
using ChainGraph.Api.Tests.Security;
using Microsoft.Extensions.Options;
using static ChainGraph.Api.Tests.Security.Responses;
using static ChainGraph.Api.Tests.Security.SecureApiHost;

namespace ChainGraph.Api.Tests.Hardening;

/// <summary><c>ChainGraph:Auth:LoopbackRole</c>: the anonymous loopback caller may be restricted to viewer, never raised to editor.</summary>
public sealed class LoopbackRoleTests(ViewerLoopbackHost api) : IClassFixture<ViewerLoopbackHost>
{
    [Fact]
    public async Task NoKey_LoopbackRoleViewer_ActsAsViewer()
    {
        var caller = await api.Client.SendAsync(Get("/test/caller"));
        var checklist = await api.Client.SendAsync(PostGraphQL("{ checklist(first: 1) { totalCount } }"));

        (await RoleOf(caller)).Should().Be("Viewer");
        (await ErrorCode(checklist)).Should().Be("FORBIDDEN");
    }

    [Theory]
    [InlineData("editor")]
    [InlineData("admin")]
    public async Task Start_LoopbackRoleAboveAnalyst_Refused(string role)
    {
        await using var app = ChainGraphApp.Build(["--urls", "http://127.0.0.1:0", "--ChainGraph:Auth:LoopbackRole", role,
            "--ChainGraph:Store:Path", Path.Combine(Path.GetTempPath(), "chaingraph-api-tests", Guid.NewGuid().ToString("N"), "store.db")]);

        var start = () => app.StartAsync();

        (await start.Should().ThrowAsync<OptionsValidationException>()).WithMessage("*LoopbackRole must be viewer or analyst*");
    }
}

/// <summary>On 127.0.0.1 with the anonymous loopback caller restricted to viewer.</summary>
public sealed class ViewerLoopbackHost() : SecureApiHost("http://127.0.0.1:0", "--ChainGraph:Auth:LoopbackRole", "viewer");
