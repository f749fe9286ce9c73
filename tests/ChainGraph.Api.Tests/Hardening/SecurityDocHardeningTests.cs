using System.Net;
using System.Text.RegularExpressions;
using ChainGraph.Api.Security;
using ChainGraph.Api.Tests.Security;
using ChainGraph.Storage.Import;
using ChainGraph.Tests;
using static ChainGraph.Api.Tests.Security.SecureApiHost;

namespace ChainGraph.Api.Tests.Hardening;

/// <summary>docs/security.md says what the service does: the proxy headers, the import limits, and the statuses it documents.</summary>
public sealed partial class SecurityDocHardeningTests(AnyAddressHost api) : IClassFixture<AnyAddressHost>
{
    private static readonly string Doc = File.ReadAllText(RepositoryPaths.Of("docs", "security.md"));

    [Fact]
    public void ProxyHeaders_DocumentedListIsTheCodesList()
    {
        var bullet = Doc[Doc.IndexOf("it carries none of the headers", StringComparison.Ordinal)..];
        bullet = bullet[..bullet.IndexOf("\n- ", StringComparison.Ordinal)];

        Backticked().Matches(bullet).Select(m => m.Groups[1].Value).Should().BeEquivalentTo(AnonymousAccess.ProxyHeaders);
    }

    [Fact]
    public void ImportLimits_DocumentedDefaultsAreTheCodes()
    {
        Doc.Should().Contain($"\"MaxFileBytes\": {ImportLimits.Default.MaxFileBytes}")
            .And.Contain($"\"MaxImportBytes\": {ImportLimits.Default.MaxImportBytes}")
            .And.Contain($"\"MaxLineBytes\": {ImportLimits.Default.MaxLineBytes}");
    }

    [Fact]
    public async Task GraphiQL_NonLoopbackWithoutKey_DocumentedStatus()
    {
        var request = Get("/graphql");
        request.Headers.Accept.ParseAdd("text/html");

        var response = await api.Client.SendAsync(request);

        Doc.Should().Contain("including a browser's `GET /graphql` (401, no GraphiQL page)");
        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [GeneratedRegex("`([A-Za-z-]+)`")]
    private static partial Regex Backticked();
}
