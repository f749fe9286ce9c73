using System.Net;
using System.Text.Json;
using ChainGraph.Api.Security;
using static ChainGraph.Api.Tests.Security.Responses;
using static ChainGraph.Api.Tests.Security.SecureApiHost;

namespace ChainGraph.Api.Tests.Security;

/// <summary>
/// Each role's key, over HTTP, against one operation of each guarded level: the key's role reaches the resolvers as
/// the caller, and a field is FORBIDDEN exactly when the role is below the field's. Operations are chosen to change
/// nothing (the mutation removes an enterprise that does not exist).
/// </summary>
public sealed class AuthorizationMatrixTests(LoopbackHost api) : IClassFixture<LoopbackHost>
{
    private static readonly (string Document, Role Required)[] Operations =
    [
        ("{ chains { id } }", Role.Viewer),
        ("""{ bottlenecks(chainId: "nev", first: 1) { __typename } }""", Role.Analyst),
        ("""{ simulateDisruption(country: "XX") { __typename } }""", Role.Analyst),
        ("""mutation { removeEnterprise(id: "000000000000000000") { __typename } }""", Role.Editor),
        ("""{ projects(first: 1) { totalCount } }""", Role.Analyst),
        ("""mutation { removeProject(id: "no-such-project") { __typename } }""", Role.Editor),
        ("{ auditLog(first: 1) { nodes { id } } }", Role.Admin),
    ];

    public static TheoryData<Role, int> Cases()
    {
        var data = new TheoryData<Role, int>();
        foreach (var role in Enum.GetValues<Role>())
            for (var i = 0; i < Operations.Length; i++) data.Add(role, i);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Operation_RoleKey_ForbiddenExactlyBelowRequiredRole(Role role, int operation)
    {
        var (document, required) = Operations[operation];

        var response = await api.Client.SendAsync(PostGraphQL(document, bearer: api.Key(role)));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await Codes(response)).Contains("FORBIDDEN").Should().Be(role < required, $"{role} on {document}");
    }

    [Fact]
    public async Task Operation_NoKeyOnLoopback_ActsAsAnalyst()
    {
        foreach (var (document, required) in Operations)
        {
            var response = await api.Client.SendAsync(PostGraphQL(document));
            (await Codes(response)).Contains("FORBIDDEN").Should().Be(required > Role.Analyst, document);
        }
    }

    private static async Task<IReadOnlyList<string>> Codes(HttpResponseMessage response)
    {
        var body = await Json(response);
        return body.TryGetProperty("errors", out var errors)
            ? errors.EnumerateArray().Select(e => e.TryGetProperty("extensions", out var x) && x.TryGetProperty("code", out var c) ? c.GetString() ?? "" : "").ToList()
            : [];
    }
}
