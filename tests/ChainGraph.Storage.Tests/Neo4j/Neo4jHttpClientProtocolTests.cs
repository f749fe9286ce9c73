using System.Text;
using ChainGraph.Storage.Neo4j;

namespace ChainGraph.Storage.Tests.Neo4j;

/// <summary>
/// Protocol tests: our client against a loopback server answering with the payloads Neo4j documents for the
/// Query API and the transactional endpoint (REFERENCE B1). They check our side of the wire, not Neo4j.
/// </summary>
public sealed class Neo4jHttpClientProtocolTests
{
    private static readonly string[] Fields = ["name", "n"];

    [Fact]
    public async Task Discover_Server526_ChoosesQueryApiWithTransactionsAndReportsVersion()
    {
        await using var server = await FakeNeo4jServer.StartAsync(_ => FakeReply.Discovery("5.26.3"));
        using var client = new Neo4jHttpClient(server.Options());

        var info = await client.DiscoverAsync();

        info.Version.Should().Be("5.26.3");
        info.Protocol.Should().Be(Neo4jProtocol.QueryApi);
        info.TransactionProtocol.Should().Be(Neo4jProtocol.QueryApi);
        server.Requests.Single().Path.Should().Be("/");
        server.Requests.Single().Header("authorization").Should().BeNull("discovery is unauthenticated");
    }

    [Theory]
    [InlineData("5.12.0", true, true, Neo4jProtocol.Transactional, Neo4jProtocol.Transactional)]
    [InlineData("5.25.1", true, true, Neo4jProtocol.Transactional, Neo4jProtocol.Transactional)]
    [InlineData("5.25.1", true, false, Neo4jProtocol.QueryApi, null)]
    [InlineData("2025.01.0", true, false, Neo4jProtocol.QueryApi, Neo4jProtocol.QueryApi)]
    [InlineData("2026.09.0", true, true, Neo4jProtocol.QueryApi, Neo4jProtocol.QueryApi)]
    public async Task Discover_VersionsAndEndpoints_ChoosesProtocols(string version, bool queryApi, bool transactional, Neo4jProtocol expected, Neo4jProtocol? transactions)
    {
        await using var server = await FakeNeo4jServer.StartAsync(_ => FakeReply.Discovery(version, queryApi, transactional));
        using var client = new Neo4jHttpClient(server.Options());

        var info = await client.DiscoverAsync();

        info.Protocol.Should().Be(expected);
        info.TransactionProtocol.Should().Be(transactions);
    }

    [Fact]
    public async Task Run_QueryApi_PostsStatementParametersAndBasicAuthAndReadsRows()
    {
        await using var server = await FakeNeo4jServer.StartAsync(r => r.Path == "/"
            ? FakeReply.Discovery("5.26.0")
            : FakeReply.QueryApi(Fields, [["Alice", 42], ["Bob", 43]]));
        using var client = new Neo4jHttpClient(server.Options(database: "supply chains"));

        using var result = await client.RunAsync(Neo4jStatement.With("MATCH (n:Person {name: $name}) RETURN n.name AS name, n.age AS n", "name", "Alice"));

        var request = server.Statements.Single();
        request.Method.Should().Be("POST");
        request.Path.Should().Be("/db/supply%20chains/query/v2");
        request.Header("authorization").Should().Be("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:secret")));
        request.Header("content-type").Should().StartWith("application/json");
        request.Header("accept").Should().Be("application/json");
        request.Json.GetProperty("statement").GetString().Should().Be("MATCH (n:Person {name: $name}) RETURN n.name AS name, n.age AS n");
        request.Json.GetProperty("parameters").GetProperty("name").GetString().Should().Be("Alice");
        result.Fields.Should().Equal("name", "n");
        result.Rows.Select(r => (r.String(0), r.Long(1))).Should().Equal(("Alice", 42L), ("Bob", 43L));
    }

    [Fact]
    public async Task Run_QueryApiFlattenedValues_ReadsRowsByFieldCount()
    {
        await using var server = await FakeNeo4jServer.StartAsync(r => r.Path == "/"
            ? FakeReply.Discovery("5.26.0")
            : FakeReply.Json(202, new { data = new { fields = Fields, values = new object[] { "Alice", 42, "Bob", 43 } } }));
        using var client = new Neo4jHttpClient(server.Options());

        using var result = await client.RunAsync(new Neo4jStatement("RETURN 1"));

        result.Rows.Select(r => r.String(0)).Should().Equal("Alice", "Bob");
    }

    [Fact]
    public async Task Run_TransactionalEndpoint_PostsStatementsListAskingForRows()
    {
        await using var server = await FakeNeo4jServer.StartAsync(r => r.Path == "/"
            ? FakeReply.Discovery("5.12.0", queryApi: false)
            : FakeReply.Transactional(Fields, [["Alice", 42]]));
        using var client = new Neo4jHttpClient(server.Options());

        using var result = await client.RunAsync(Neo4jStatement.With("RETURN $x AS name, 42 AS n", "x", "Alice"));

        var request = server.Statements.Single();
        request.Path.Should().Be("/db/neo4j/tx/commit");
        var statement = request.Json.GetProperty("statements")[0];
        statement.GetProperty("statement").GetString().Should().Be("RETURN $x AS name, 42 AS n");
        statement.GetProperty("parameters").GetProperty("x").GetString().Should().Be("Alice");
        statement.GetProperty("resultDataContents")[0].GetString().Should().Be("row");
        result.Rows.Single().String(0).Should().Be("Alice");
    }

    [Fact]
    public async Task Transaction_QueryApi_EchoesClusterAffinityOnRunAndCommit()
    {
        var affinity = new Dictionary<string, string> { ["neo4j-cluster-affinity"] = "MTAuOC41Ljc6MTc0NzQ=" };
        await using var server = await FakeNeo4jServer.StartAsync(r => r.Path switch
        {
            "/" => FakeReply.Discovery("5.26.0"),
            "/db/neo4j/query/v2/tx/lyU/commit" => FakeReply.Json(202, new { bookmarks = new[] { "FB:after-commit" } }, affinity),
            _ => FakeReply.QueryApi(["n"], [[1]], transaction: "lyU", headers: affinity),
        });
        using var client = new Neo4jHttpClient(server.Options());

        await using (var tx = await client.BeginAsync())
        {
            (await tx.RunAsync(new Neo4jStatement("CREATE (n) RETURN 1 AS n"))).Dispose();
            (await tx.RunAsync(new Neo4jStatement("CREATE (n) RETURN 1 AS n"))).Dispose();
            (await tx.CommitAsync(new Neo4jStatement("RETURN 1 AS n"))).Dispose();
        }
        (await client.RunAsync(new Neo4jStatement("RETURN 1 AS n"))).Dispose();

        var requests = server.Statements;
        requests.Select(r => r.Path).Should().Equal("/db/neo4j/query/v2/tx", "/db/neo4j/query/v2/tx/lyU", "/db/neo4j/query/v2/tx/lyU/commit", "/db/neo4j/query/v2");
        requests[0].Header("neo4j-cluster-affinity").Should().BeNull();
        requests.Skip(1).Take(2).Should().OnlyContain(r => r.Header("neo4j-cluster-affinity") == "MTAuOC41Ljc6MTc0NzQ=");
        requests[3].Json.GetProperty("bookmarks")[0].GetString().Should().Be("FB:after-commit", "later requests wait for the committed write");
    }

    [Fact]
    public async Task Transaction_TransactionalEndpoint_TakesIdFromCommitUrl()
    {
        await using var server = await FakeNeo4jServer.StartAsync(r => r.Path switch
        {
            "/" => FakeReply.Discovery("5.12.0", queryApi: false),
            "/db/neo4j/tx/50/commit" => FakeReply.Transactional([], []),
            _ => FakeReply.Transactional(["n"], [[1]], commit: "http://localhost:7474/db/neo4j/tx/50/commit"),
        });
        using var client = new Neo4jHttpClient(server.Options());

        await using (var tx = await client.BeginAsync())
        {
            (await tx.RunAsync(new Neo4jStatement("CREATE (n) RETURN 1 AS n"))).Dispose();
            tx.Id.Should().Be("50");
            (await tx.RunAsync(new Neo4jStatement("CREATE (n) RETURN 1 AS n"))).Dispose();
            (await tx.CommitAsync()).Dispose();
        }

        server.Statements.Select(r => (r.Method, r.Path)).Should().Equal(("POST", "/db/neo4j/tx"), ("POST", "/db/neo4j/tx/50"), ("POST", "/db/neo4j/tx/50/commit"));
        server.Statements[2].Json.GetProperty("statements").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task Transaction_DisposedUncommitted_RollsBackWithDelete()
    {
        var affinity = new Dictionary<string, string> { ["neo4j-cluster-affinity"] = "member-2" };
        await using var server = await FakeNeo4jServer.StartAsync(r => r.Path == "/"
            ? FakeReply.Discovery("5.26.0")
            : FakeReply.QueryApi(["n"], [[1]], transaction: "abc", headers: affinity));
        using var client = new Neo4jHttpClient(server.Options());

        await using (var tx = await client.BeginAsync())
            (await tx.RunAsync(new Neo4jStatement("CREATE (n) RETURN 1 AS n"))).Dispose();

        var rollback = server.Statements[^1];
        (rollback.Method, rollback.Path).Should().Be(("DELETE", "/db/neo4j/query/v2/tx/abc"));
        rollback.Header("neo4j-cluster-affinity").Should().Be("member-2");
    }

    [Theory]
    [InlineData(202, "Neo.ClientError.Statement.SyntaxError", typeof(Neo4jSyntaxException))]
    [InlineData(400, "Neo.ClientError.Statement.SyntaxError", typeof(Neo4jSyntaxException))]
    [InlineData(202, "Neo.ClientError.Schema.ConstraintValidationFailed", typeof(Neo4jConstraintViolationException))]
    [InlineData(401, "Neo.ClientError.Security.Unauthorized", typeof(Neo4jAuthenticationException))]
    [InlineData(403, "Neo.ClientError.Security.Forbidden", typeof(Neo4jAuthenticationException))]
    [InlineData(202, "Neo.ClientError.Statement.ParameterMissing", typeof(Neo4jException))]
    [InlineData(202, "Neo.TransientError.Transaction.Terminated", typeof(Neo4jException))]
    [InlineData(500, "Neo.DatabaseError.General.UnknownError", typeof(Neo4jException))]
    public async Task Run_ErrorsArray_MapsCodeWhateverTheStatus(int status, string code, Type expected)
    {
        await using var server = await FakeNeo4jServer.StartAsync(r => r.Path == "/" ? FakeReply.Discovery("5.26.0") : FakeReply.Error(status, code, "went wrong"));
        using var client = new Neo4jHttpClient(server.Options());

        var act = () => client.RunAsync(new Neo4jStatement("RETURN 1"));

        var error = (await act.Should().ThrowAsync<Neo4jException>()).Which;
        error.GetType().Should().Be(expected);
        error.Code.Should().Be(code);
        error.Message.Should().Contain("went wrong");
        server.Statements.Should().HaveCount(1, "only transient errors are retried");
    }

    [Fact]
    public async Task Run_TransactionalEndpointErrorWith200_Throws()
    {
        await using var server = await FakeNeo4jServer.StartAsync(r => r.Path == "/"
            ? FakeReply.Discovery("5.12.0", queryApi: false)
            : FakeReply.Error(200, "Neo.ClientError.Statement.SyntaxError", "Invalid input 'T': expected <init>", transactional: true));
        using var client = new Neo4jHttpClient(server.Options());

        var act = () => client.RunAsync(new Neo4jStatement("This is not a valid Cypher Statement."));

        await act.Should().ThrowAsync<Neo4jSyntaxException>().WithMessage("*Invalid input 'T'*");
    }

    [Fact]
    public async Task Run_401WithoutBody_ThrowsAuthentication()
    {
        await using var server = await FakeNeo4jServer.StartAsync(r => r.Path == "/" ? FakeReply.Discovery("5.26.0") : new FakeReply(401));
        using var client = new Neo4jHttpClient(server.Options());

        var act = () => client.RunAsync(new Neo4jStatement("RETURN 1"));

        await act.Should().ThrowAsync<Neo4jAuthenticationException>().WithMessage("*401*");
    }

    [Theory]
    [InlineData("5.26.0", "Neo.ClientError.Request.Invalid", "Transaction with Id: \"lyU\" was not found. It may have timed out and therefore rolled back or the routing header 'neo4j-cluster-affinity' was not provided.")]
    [InlineData("5.12.0", "Neo.ClientError.Transaction.TransactionNotFound", "Unrecognized transaction id. Transaction may have timed out and been rolled back.")]
    public async Task Transaction_Expired_ThrowsExpiredAndDoesNotRollBack(string version, string code, string message)
    {
        var legacy = version == "5.12.0";
        await using var server = await FakeNeo4jServer.StartAsync(r => r switch
        {
            { Path: "/" } => FakeReply.Discovery(version, queryApi: !legacy),
            { Path: "/db/neo4j/query/v2/tx" } => FakeReply.QueryApi(["n"], [[1]], transaction: "lyU"),
            { Path: "/db/neo4j/tx" } => FakeReply.Transactional(["n"], [[1]], commit: "http://localhost:7474/db/neo4j/tx/7/commit"),
            _ => FakeReply.Error(legacy ? 200 : 202, code, message, legacy),
        });
        using var client = new Neo4jHttpClient(server.Options());

        var act = async () =>
        {
            await using var tx = await client.BeginAsync();
            (await tx.RunAsync(new Neo4jStatement("RETURN 1 AS n"))).Dispose();
            (await tx.RunAsync(new Neo4jStatement("RETURN 1 AS n"))).Dispose();
        };

        await act.Should().ThrowAsync<Neo4jTransactionExpiredException>();
        server.Statements.Should().NotContain(r => r.Method == "DELETE", "the server already rolled it back");
    }

    [Fact]
    public async Task Run_TransientErrorThenSuccess_RetriesAndSucceeds()
    {
        var calls = 0;
        await using var server = await FakeNeo4jServer.StartAsync(r => r.Path == "/"
            ? FakeReply.Discovery("5.26.0")
            : Interlocked.Increment(ref calls) == 1
                ? FakeReply.Error(202, "Neo.TransientError.Transaction.DeadlockDetected", "ForsetiClient[1] can't acquire ExclusiveLock")
                : FakeReply.QueryApi(["n"], [[7]]));
        using var client = new Neo4jHttpClient(server.Options());

        using var result = await client.RunAsync(new Neo4jStatement("RETURN 7 AS n"));

        result.Rows.Single().Long(0).Should().Be(7);
        server.Statements.Should().HaveCount(2);
        server.Statements[1].Body.Should().Be(server.Statements[0].Body, "the retry repeats the same request");
    }

    [Fact]
    public async Task Run_TransientErrorEveryTime_GivesUpAfterMaxRetries()
    {
        await using var server = await FakeNeo4jServer.StartAsync(r => r.Path == "/"
            ? FakeReply.Discovery("5.26.0")
            : FakeReply.Error(202, "Neo.ClientError.Cluster.NotALeader", "No write operations are allowed on this database."));
        using var client = new Neo4jHttpClient(server.Options());

        var act = () => client.RunAsync(new Neo4jStatement("CREATE ()"));

        await act.Should().ThrowAsync<Neo4jTransientException>();
        server.Statements.Should().HaveCount(1 + 3);
    }

    [Fact]
    public async Task Run_DroppedConnectionThenSuccess_Retries()
    {
        var calls = 0;
        await using var server = await FakeNeo4jServer.StartAsync(r => r.Path == "/"
            ? FakeReply.Discovery("5.26.0")
            : Interlocked.Increment(ref calls) == 1 ? FakeReply.Dropped : FakeReply.QueryApi(["n"], [[1]]));
        using var client = new Neo4jHttpClient(server.Options());

        using var result = await client.RunAsync(new Neo4jStatement("RETURN 1 AS n"));

        result.Rows.Should().HaveCount(1);
        calls.Should().Be(2);
    }

    [Fact]
    public async Task Run_ConnectionAlwaysDropped_ThrowsConnectionException()
    {
        await using var server = await FakeNeo4jServer.StartAsync(r => r.Path == "/" ? FakeReply.Discovery("5.26.0") : FakeReply.Dropped);
        var options = server.Options();
        options.MaxRetries = 0;
        using var client = new Neo4jHttpClient(options);

        var act = () => client.RunAsync(new Neo4jStatement("RETURN 1"));

        await act.Should().ThrowAsync<Neo4jConnectionException>();
    }

    [Fact]
    public async Task Run_SlowerThanRequestTimeout_ThrowsTimeoutWithoutRetry()
    {
        await using var server = await FakeNeo4jServer.StartAsync(r => r.Path == "/"
            ? FakeReply.Discovery("5.26.0")
            : FakeReply.QueryApi(["n"], [[1]]) with { Delay = TimeSpan.FromSeconds(5) });
        var options = server.Options();
        options.RequestTimeout = TimeSpan.FromMilliseconds(200);
        using var client = new Neo4jHttpClient(options);

        var act = () => client.RunAsync(new Neo4jStatement("RETURN 1"));

        await act.Should().ThrowAsync<Neo4jTimeoutException>();
        server.Statements.Should().HaveCount(1);
    }

    [Fact]
    public async Task Run_CallerCancels_ThrowsOperationCanceled()
    {
        await using var server = await FakeNeo4jServer.StartAsync(r => r.Path == "/"
            ? FakeReply.Discovery("5.26.0")
            : FakeReply.QueryApi(["n"], [[1]]) with { Delay = TimeSpan.FromSeconds(5) });
        using var client = new Neo4jHttpClient(server.Options());
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        var act = () => client.RunAsync(new Neo4jStatement("RETURN 1"), cancel.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task Begin_ServerWithoutExplicitTransactions_ThrowsUnsupported()
    {
        await using var server = await FakeNeo4jServer.StartAsync(_ => FakeReply.Discovery("5.25.0", queryApi: true, transactional: false));
        using var client = new Neo4jHttpClient(server.Options());

        var act = () => client.BeginAsync();

        await act.Should().ThrowAsync<Neo4jUnsupportedException>().WithMessage("*5.25.0*explicit transactions*");
    }

    [Fact]
    public async Task Run_HtmlFromProxy_ThrowsInsteadOfReadingNothing()
    {
        await using var server = await FakeNeo4jServer.StartAsync(r => r.Path == "/"
            ? FakeReply.Discovery("5.26.0")
            : new FakeReply(200, "<html>gateway</html>"));
        using var client = new Neo4jHttpClient(server.Options());

        var act = () => client.RunAsync(new Neo4jStatement("RETURN 1"));

        await act.Should().ThrowAsync<Neo4jException>();
    }
}
