using ChainGraph.Storage.Import;
using ChainGraph.Storage.Neo4j;

namespace ChainGraph.Storage.Tests.Neo4j;

/// <summary>
/// Protocol tests of the store's transaction handling, over HTTP to a loopback server (an <see cref="EmulatedNeo4j"/>
/// where a graph is needed): refusal without explicit transactions, whole-transaction retries, and failures that
/// must leave the store as it was. They check our side of the wire, not Neo4j.
/// </summary>
public sealed class Neo4jGraphStoreProtocolTests : IDisposable
{
    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Write_ServerWithoutExplicitTransactions_RefusesBeforeSendingAnything()
    {
        await using var server = await FakeNeo4jServer.StartAsync(r => r.Path == "/"
            ? FakeReply.Discovery("5.25.0", queryApi: true, transactional: false)
            : FakeReply.QueryApi([], []));
        using var store = await Neo4jGraphStore.OpenAsync(server.Options());

        var act = async () => await store.WriteAsync(new ImportPlan(ImportSource.FromDirectory(_folder.Import)));

        await act.Should().ThrowAsync<Neo4jUnsupportedException>().WithMessage("*5.25.0*nothing was written*5.26*TRANSACTIONAL_ENDPOINTS*");
        server.Statements.Should().BeEmpty();
    }

    [Fact]
    public async Task Open_UnreachableServer_ThrowsConnectionExceptionWhichIsAnIOException()
    {
        var options = new Neo4jOptions { Uri = new Uri("http://127.0.0.1:1"), MaxRetries = 0 };

        var act = async () => await Neo4jGraphStore.OpenAsync(options);

        (await act.Should().ThrowAsync<Neo4jConnectionException>()).Which.Should().BeAssignableTo<IOException>();
        await Task.CompletedTask;
    }

    [Theory]
    [InlineData(Neo4jProtocol.QueryApi)]
    [InlineData(Neo4jProtocol.Transactional)]
    public async Task Write_TransientErrorMidImport_RetriesTheWholeTransaction(Neo4jProtocol protocol)
    {
        var neo4j = Emulated(protocol);
        var failures = 0;
        neo4j.Interrupt = s => s == Neo4jCypher.WriteSupplies && failures++ == 0
            ? FakeReply.Error(protocol == Neo4jProtocol.QueryApi ? 202 : 200, "Neo.TransientError.Transaction.DeadlockDetected", "deadlock", protocol == Neo4jProtocol.Transactional)
            : null;
        await using var server = await FakeNeo4jServer.StartAsync(neo4j.Respond);
        using var store = await Neo4jGraphStore.OpenAsync(server.Options());

        var outcome = await Importer.ImportAsync(store, ImportSource.FromDirectory(_folder.Import));

        outcome.Counts!.Sum(c => c.Inserted).Should().Be(16, "the retry starts from an empty store again, not from the half-written transaction");
        neo4j.StatementTexts.Count(s => s == Neo4jCypher.Lock).Should().Be(2);
        (await store.GetVersionAsync()).Should().Be(1);
        (await store.GetStatsAsync()).Should().Be(new StoreStats(3, 1, 3, 2, 1));
    }

    [Fact]
    public async Task Write_ConstraintViolationMidImport_LeavesStoreUnchanged()
    {
        var neo4j = Emulated(Neo4jProtocol.QueryApi);
        await using var server = await FakeNeo4jServer.StartAsync(neo4j.Respond);
        using var store = await Neo4jGraphStore.OpenAsync(server.Options());
        await Importer.ImportAsync(store, ImportSource.FromDirectory(_folder.Import));
        _folder.Replace("enterprises.csv", "1520.5", "1600");
        neo4j.Interrupt = s => s == Neo4jCypher.WriteSupplies || s == Neo4jCypher.FetchSupplies
            ? FakeReply.Error(202, "Neo.ClientError.Schema.ConstraintValidationFailed", "Node(1) already exists with label `Enterprise`")
            : null;

        var act = async () => await Importer.ImportAsync(store, ImportSource.FromDirectory(_folder.Import));

        await act.Should().ThrowAsync<Neo4jConstraintViolationException>();
        neo4j.Interrupt = null;
        (await store.GetVersionAsync()).Should().Be(1);
        (await store.LoadDatasetAsync()).Enterprises.Single(e => e.Id == "91440300100000016D").AnnualOutput.Should().Be(1520.5);
    }

    [Fact]
    public async Task Write_ConnectionDroppedMidImport_RollsBackAndLeavesStoreUnchanged()
    {
        var neo4j = Emulated(Neo4jProtocol.QueryApi);
        neo4j.Interrupt = s => s == Neo4jCypher.WriteEvents ? FakeReply.Dropped : null;
        await using var server = await FakeNeo4jServer.StartAsync(neo4j.Respond);
        var options = server.Options();
        options.MaxRetries = 0;
        using var store = await Neo4jGraphStore.OpenAsync(options);

        var act = async () => await Importer.ImportAsync(store, ImportSource.FromDirectory(_folder.Import));

        await act.Should().ThrowAsync<Neo4jConnectionException>();
        server.Requests.Should().Contain(r => r.Method == "DELETE" && r.Path.StartsWith("/db/neo4j/query/v2/tx/", StringComparison.Ordinal),
            "an interrupted transaction is rolled back at once, freeing its locks");
        (await store.GetStatsAsync()).Should().Be(new StoreStats(0, 0, 0, 0, 0));
        (await store.GetVersionAsync()).Should().Be(0);
    }

    [Fact]
    public async Task Write_CancelledMidway_RollsBackAndLeavesStoreUnchanged()
    {
        var neo4j = Emulated(Neo4jProtocol.QueryApi);
        await using var server = await FakeNeo4jServer.StartAsync(neo4j.Respond);
        using var store = await Neo4jGraphStore.OpenAsync(server.Options());
        using var cancel = new CancellationTokenSource();
        neo4j.Interrupt = s =>
        {
            if (s == Neo4jCypher.WriteSupplies) cancel.Cancel();
            return null;
        };

        var act = async () => await Importer.ImportAsync(store, ImportSource.FromDirectory(_folder.Import), null, cancel.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
        (await store.GetStatsAsync()).Should().Be(new StoreStats(0, 0, 0, 0, 0));
    }

    [Fact]
    public async Task Write_SecondStoreOnSameServer_SeesCommittedImport()
    {
        var neo4j = Emulated(Neo4jProtocol.QueryApi);
        await using var server = await FakeNeo4jServer.StartAsync(neo4j.Respond);
        using (var writer = await Neo4jGraphStore.OpenAsync(server.Options()))
            await Importer.ImportAsync(writer, ImportSource.FromDirectory(_folder.Import));

        using var reader = await Neo4jGraphStore.OpenAsync(server.Options());

        (await reader.GetVersionAsync()).Should().Be(1);
        (await reader.LoadDatasetAsync()).Supplies.Count.Should().Be(2);
        neo4j.Committed.Imports.Should().Be(1);
    }

    [Fact]
    public async Task Write_Projects_SendsLeadAndPartnersAsRelationshipsAndLoadsThemBack()
    {
        var neo4j = Emulated(Neo4jProtocol.QueryApi);
        await using var server = await FakeNeo4jServer.StartAsync(neo4j.Respond);
        using var store = await Neo4jGraphStore.OpenAsync(server.Options());

        await Importer.ImportAsync(store, ImportSource.FromDirectory(_folder.Import));

        Neo4jCypher.WriteProjects.Should().Contain("MERGE (p)-[:LED_BY]->(lead)").And.Contain("MERGE (p)-[:PARTNER]->(partner)");
        neo4j.StatementTexts.Count(s => s == Neo4jCypher.WriteProjects).Should().Be(1);
        var node = neo4j.Committed.Projects["nev-lithium-2026q4"];
        (node["lead_enterprise_id"], node["status"], node["budget"]).Should().Be(("914403001000000248", "approved", 52000.0));
        ((object?[])node["partners"]!).Should().Equal("91440300100000016D");
        (await store.LoadDatasetAsync()).Projects.Single().Partners.Should().Equal("91440300100000016D");
    }

    [Fact]
    public async Task Write_FailureWritingProjects_LeavesStoreUnchanged()
    {
        var neo4j = Emulated(Neo4jProtocol.QueryApi);
        neo4j.Interrupt = s => s == Neo4jCypher.WriteProjects
            ? FakeReply.Error(202, "Neo.ClientError.Schema.ConstraintValidationFailed", "Node(9) already exists with label `Project`")
            : null;
        await using var server = await FakeNeo4jServer.StartAsync(neo4j.Respond);
        using var store = await Neo4jGraphStore.OpenAsync(server.Options());

        var act = async () => await Importer.ImportAsync(store, ImportSource.FromDirectory(_folder.Import));

        await act.Should().ThrowAsync<Neo4jConstraintViolationException>();
        neo4j.Interrupt = null;
        (await store.GetStatsAsync()).Should().Be(new StoreStats(0, 0, 0, 0, 0));
        neo4j.Committed.Projects.Should().BeEmpty();
    }

    private static EmulatedNeo4j Emulated(Neo4jProtocol protocol) => new(protocol, protocol == Neo4jProtocol.QueryApi ? "5.26.0" : "5.12.0");
}
