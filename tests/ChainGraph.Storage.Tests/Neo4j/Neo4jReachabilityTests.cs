using System.Text;
using ChainGraph.Storage.Neo4j;

namespace ChainGraph.Storage.Tests.Neo4j;

/// <summary>
/// What a deployment beyond one machine needs from the client: Aura and TLS proxies on 443 (no port rewriting, no
/// discovery document), bearer tokens, a commit body as documented, index waits longer than the request limit, and an
/// explicit rollback after a failed statement (Query API docs: authentication-authorization, transactions).
/// </summary>
public sealed class Neo4jReachabilityTests
{
    [Theory]
    [InlineData("https://example.databases.neo4j.io:443", "https://example.databases.neo4j.io/", 443)]
    [InlineData("http://proxy.internal:80/graph", "http://proxy.internal/", 80)]
    [InlineData("neo4j+https://user:pw@host:443/graph", "https://host/", 443)]
    [InlineData("http://[::1]:80", "http://[::1]/", 80)]
    [InlineData("https://host", "https://host:7473/", 7473)]
    [InlineData("http://host", "http://host:7474/", 7474)]
    [InlineData("neo4j://host", "http://host:7474/", 7474)]
    [InlineData("neo4j+https://user:pw@host/graph", "https://host:7473/", 7473)]
    [InlineData("http://host:7687", "http://host:7687/", 7687)]
    public void Resolve_PortNamedInUri_IsKeptAndOnlyAMissingPortDefaults(string uri, string expected, int port)
    {
        var resolved = new Neo4jOptions { Uri = new Uri(uri) }.Resolve(_ => null);

        resolved.Uri!.ToString().Should().Be(expected);
        resolved.Uri.Port.Should().Be(port);
    }

    [Fact]
    public async Task Discover_NoDiscoveryDocument_SpeaksQueryApiWithTransactions()
    {
        await using var server = await FakeNeo4jServer.StartAsync(r => r.Path == "/"
            ? new FakeReply(404)
            : FakeReply.QueryApi(["n"], [[1]]));
        using var client = new Neo4jHttpClient(server.Options());

        using var result = await client.RunAsync(new Neo4jStatement("RETURN 1 AS n"));

        result.Rows.Single().Long(0).Should().Be(1);
        server.Statements.Single().Path.Should().Be("/db/neo4j/query/v2");
        (await client.DiscoverAsync()).TransactionProtocol.Should().Be(Neo4jProtocol.QueryApi);
    }

    [Fact]
    public async Task Discover_ProtocolConfigured_SendsNoDiscoveryRequest()
    {
        await using var server = await FakeNeo4jServer.StartAsync(_ => FakeReply.QueryApi(["n"], [[1]]));
        var options = server.Options();
        options.Protocol = Neo4jProtocol.QueryApi;
        using var client = new Neo4jHttpClient(options);

        (await client.RunAsync(new Neo4jStatement("RETURN 1 AS n"))).Dispose();

        server.Requests.Should().ContainSingle().Which.Path.Should().Be("/db/neo4j/query/v2");
    }

    [Fact]
    public async Task Run_BearerToken_SentAsDocumentedInsteadOfBasic()
    {
        await using var server = await FakeNeo4jServer.StartAsync(r => r.Path == "/" ? FakeReply.Discovery("5.26.0") : FakeReply.QueryApi(["n"], [[1]]));
        var options = server.Options();
        options.Token = "xbhkjnlvianztghqwawxqfe";
        using var client = new Neo4jHttpClient(options);

        (await client.RunAsync(new Neo4jStatement("RETURN 1 AS n"))).Dispose();

        server.Statements.Single().Header("authorization").Should().Be("Bearer " + Convert.ToBase64String(Encoding.UTF8.GetBytes("xbhkjnlvianztghqwawxqfe")));
        client.Location.Should().NotContain("xbhkjnlvianztghqwawxqfe");
    }

    [Fact]
    public void Resolve_TokenFromEnvironment_WhenOptionsHaveNone()
    {
        var resolved = new Neo4jOptions { Uri = new Uri("https://h:443") }.Resolve(name => name == Neo4jOptions.TokenVariable ? "t0ken" : null);

        resolved.Token.Should().Be("t0ken");
    }

    [Fact]
    public async Task Commit_QueryApiWithoutFinalStatement_SendsEmptyJsonObject()
    {
        await using var server = await FakeNeo4jServer.StartAsync(r => r.Path switch
        {
            "/" => FakeReply.Discovery("5.26.0"),
            "/db/neo4j/query/v2/tx/lyU/commit" => FakeReply.Json(202, new { bookmarks = new[] { "FB:x" } }),
            _ => FakeReply.QueryApi(["n"], [[1]], transaction: "lyU"),
        });
        using var client = new Neo4jHttpClient(server.Options());

        await using (var tx = await client.BeginAsync())
        {
            (await tx.RunAsync(new Neo4jStatement("CREATE (n) RETURN 1 AS n"))).Dispose();
            (await tx.CommitAsync()).Dispose();
        }

        var commit = server.Statements.Last();
        commit.Path.Should().Be("/db/neo4j/query/v2/tx/lyU/commit");
        commit.Body.Should().Be("{}");
        commit.Header("content-type").Should().StartWith("application/json");
    }

    [Fact]
    public async Task Run_FailedStatementInTransaction_RollsBackExplicitly()
    {
        await using var server = await FakeNeo4jServer.StartAsync(r => (r.Method, r.Path) switch
        {
            (_, "/") => FakeReply.Discovery("5.26.0"),
            ("POST", "/db/neo4j/query/v2/tx") => FakeReply.QueryApi(["n"], [[1]], transaction: "t1"),
            ("POST", _) => FakeReply.Error(400, "Neo.ClientError.Statement.SyntaxError", "Invalid input"),
            _ => FakeReply.Json(200, new { }),
        });
        using var client = new Neo4jHttpClient(server.Options());

        await using (var tx = await client.BeginAsync())
        {
            (await tx.RunAsync(new Neo4jStatement("CREATE (n) RETURN 1 AS n"))).Dispose();
            var failing = () => tx.RunAsync(new Neo4jStatement("CREATE (n RETURN 1"));
            await failing.Should().ThrowAsync<Neo4jSyntaxException>();
        }

        server.Statements.Select(r => (r.Method, r.Path)).Should().Equal(
            ("POST", "/db/neo4j/query/v2/tx"), ("POST", "/db/neo4j/query/v2/tx/t1"), ("DELETE", "/db/neo4j/query/v2/tx/t1"));
    }

    [Fact]
    public async Task Run_AwaitIndexesLongerThanRequestLimit_WaitsForTheServer()
    {
        await using var server = await FakeNeo4jServer.StartAsync(r => r.Path == "/"
            ? FakeReply.Discovery("5.26.0")
            : FakeReply.QueryApi([], []) with { Delay = TimeSpan.FromMilliseconds(1500) });
        var options = server.Options();
        options.RequestTimeout = TimeSpan.FromMilliseconds(500);
        options.MaxRetries = 0;
        using var client = new Neo4jHttpClient(options);

        var wait = Neo4jSchema.Statement("CALL db.awaitIndexes(2)");
        (await client.RunAsync(wait)).Dispose();
        var ordinary = () => client.RunAsync(new Neo4jStatement("MATCH (n) RETURN count(n)"));

        wait.Timeout.Should().Be(TimeSpan.FromSeconds(62));
        await ordinary.Should().ThrowAsync<Neo4jTimeoutException>();
    }

    [Fact]
    public void Statement_SchemaScript_AwaitIndexesGetsItsWaitPlusAMinute()
    {
        var waits = Neo4jSchema.Statements.Select(Neo4jSchema.Statement).Where(s => s.Timeout is not null).ToList();

        waits.Should().ContainSingle().Which.Timeout.Should().Be(TimeSpan.FromSeconds(360));
        Neo4jSchema.Statement("CREATE INDEX x IF NOT EXISTS FOR (n:N) ON (n.id)").Timeout.Should().BeNull();
    }
}
