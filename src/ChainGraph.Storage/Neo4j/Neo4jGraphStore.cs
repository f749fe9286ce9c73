using System.Globalization;
using System.Runtime.ExceptionServices;
using System.Text.Json;
using ChainGraph.Domain;
using ChainGraph.Storage.Import;

namespace ChainGraph.Storage.Neo4j;

/// <summary>
/// The graph store on a Neo4j server, over its HTTP APIs (<see cref="Neo4jHttpClient"/>); model and schema in
/// <c>import/neo4j/schema.cypher</c>. An import is one explicit transaction (Query API on 5.26+, else the
/// transactional endpoint), retried whole on transient errors, and refused with <see cref="Neo4jUnsupportedException"/>
/// on a server without explicit transactions rather than written partly. The data version lives on a
/// <c>(:ChainGraphMeta {key: 'store'})</c> node and grows only when an import changes something. Loads are paged and
/// checked against that version. Use one instance from one thread at a time; instances may share one client.
/// </summary>
public sealed class Neo4jGraphStore : IGraphStore
{
    private const int LoadAttempts = 3;

    private readonly Neo4jHttpClient _client;
    private readonly bool _ownsClient;
    private readonly TimeProvider _time;
    private bool _schemaReady;

    /// <summary>A store on a shared client (not disposed with the store).</summary>
    public Neo4jGraphStore(Neo4jHttpClient client, TimeProvider? time = null) : this(client, false, time) { }

    private Neo4jGraphStore(Neo4jHttpClient client, bool ownsClient, TimeProvider? time)
    {
        _client = client;
        _ownsClient = ownsClient;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>Connects (discovery, so a wrong address fails here) with a client of its own.</summary>
    public static async Task<Neo4jGraphStore> OpenAsync(Neo4jOptions options, TimeProvider? time = null,
        HttpMessageHandler? handler = null, CancellationToken cancellationToken = default)
    {
        var client = new Neo4jHttpClient(options, handler, time);
        var store = new Neo4jGraphStore(client, ownsClient: true, time);
        try
        {
            await store.ServerAsync(cancellationToken).ConfigureAwait(false);
            return store;
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    public string Location => _client.Location;

    /// <summary>The server's version and the protocols in use (discovered once).</summary>
    public Task<Neo4jServerInfo> ServerAsync(CancellationToken cancellationToken = default) =>
        _client.DiscoverAsync(cancellationToken);

    public async Task<long> GetVersionAsync(CancellationToken cancellationToken = default)
    {
        using var result = await _client.RunAsync(Neo4jStatement.With(Neo4jCypher.Version, "meta", Neo4jCypher.MetaKey),
            cancellationToken).ConfigureAwait(false);
        return result.Rows.Count == 0 ? 0 : result.Rows[0].Long(0);
    }

    public async Task<StoreStats> GetStatsAsync(CancellationToken cancellationToken = default)
    {
        using var result = await _client.RunAsync(new Neo4jStatement(Neo4jCypher.Stats), cancellationToken).ConfigureAwait(false);
        return Stats(result);
    }

    // Pages are separate transactions: equal versions before and after mean no import committed in between. A
    // relationship to an enterprise that arrived after its page shows as bad data; it counts only if nothing changed.
    public async Task<Dataset> LoadDatasetAsync(CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; attempt <= LoadAttempts; attempt++)
        {
            var before = await GetVersionAsync(cancellationToken).ConfigureAwait(false);
            var (dataset, error) = await TryLoadAsync(before, cancellationToken).ConfigureAwait(false);
            if (await GetVersionAsync(cancellationToken).ConfigureAwait(false) != before) continue;
            error?.Throw();
            return dataset!;
        }
        throw new Neo4jException(
            $"{Location}: the data changed during each of {LoadAttempts} attempts to load it; try again when imports are done");
    }

    public async Task<IReadOnlyList<WriteCounts>> WriteAsync(ImportPlan plan, CancellationToken cancellationToken = default)
    {
        var server = await _client.DiscoverAsync(cancellationToken).ConfigureAwait(false);
        if (server.TransactionProtocol is null)
            throw new Neo4jUnsupportedException(
                $"{Location}: Neo4j {server.Version} offers no explicit transaction over HTTP, so an import could not be all-or-nothing; nothing was written. " +
                "Upgrade to Neo4j 5.26 or later (Query API transactions), or enable the transactional endpoint (add TRANSACTIONAL_ENDPOINTS to server.http_enabled_modules).");
        await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        return await _client.RetryAsync(t => WriteOnceAsync(plan, t), cancellationToken).ConfigureAwait(false);
    }

    public async Task<long> RemoveAsync(Removal removal, CancellationToken cancellationToken = default)
    {
        await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        return await _client.RetryAsync(t => RemoveOnceAsync(removal, t), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Creates the constraints and indexes of <c>schema.cypher</c> if missing (idempotent); <see cref="WriteAsync"/> and
    /// <see cref="RemoveAsync"/> do it first.
    /// </summary>
    public async Task EnsureSchemaAsync(CancellationToken cancellationToken = default)
    {
        if (_schemaReady) return;
        foreach (var statement in Neo4jSchema.Statements)
            (await _client.RunAsync(Neo4jSchema.Statement(statement), cancellationToken).ConfigureAwait(false)).Dispose();
        _schemaReady = true;
    }

    public void Dispose()
    {
        if (_ownsClient) _client.Dispose();
    }

    private async Task<(Dataset?, ExceptionDispatchInfo?)> TryLoadAsync(long version, CancellationToken token)
    {
        try
        {
            return (await new Neo4jLoader(_client, _client.Options.PageSize, token).LoadAsync(version).ConfigureAwait(false), null);
        }
        catch (InvalidDataException e)
        {
            return (null, ExceptionDispatchInfo.Capture(e));
        }
    }

    private async Task<IReadOnlyList<WriteCounts>> WriteOnceAsync(ImportPlan plan, CancellationToken token)
    {
        await using var transaction = await _client.BeginAsync(token).ConfigureAwait(false);
        (await transaction.RunAsync(Meta(Neo4jCypher.Lock), token).ConfigureAwait(false)).Dispose();
        bool empty;
        using (var stats = await transaction.RunAsync(new Neo4jStatement(Neo4jCypher.Stats), token).ConfigureAwait(false))
            empty = Stats(stats) == new StoreStats(0, 0, 0, 0, 0);
        var counts = await new Neo4jWriter(transaction, _client.Options.BatchSize, empty, token).WriteAsync(plan).ConfigureAwait(false);
        if (counts.Any(c => c.Kind is RecordKind.Segments or RecordKind.Memberships && c.Inserted + c.Updated > 0))
            await RefreshLeadsAsync(transaction, token).ConfigureAwait(false);
        (await transaction.CommitAsync(Finish(plan, counts), token).ConfigureAwait(false)).Dispose();
        return counts;
    }

    // One transaction: remove, then bump the version only when something went (like the embedded store).
    private async Task<long> RemoveOnceAsync(Removal removal, CancellationToken token)
    {
        await using var transaction = await _client.BeginAsync(token).ConfigureAwait(false);
        (await transaction.RunAsync(Meta(Neo4jCypher.Lock), token).ConfigureAwait(false)).Dispose();
        var rows = removal.Supplies.Select(s => new Dictionary<string, object?> { ["supplier_id"] = s.SupplierId,
            ["customer_id"] = s.CustomerId, ["segment_id"] = s.SegmentId }).ToList();
        var ids = removal.EnterpriseIds.ToList();
        var removed = await Count(transaction, Neo4jStatement.With(Neo4jCypher.RemoveSupplies, "rows", rows), token).ConfigureAwait(false);
        var statements = ids.Count > 0
            ? [Neo4jCypher.RemoveLedProjects, Neo4jCypher.DropPartners, Neo4jCypher.RemoveEnterprises]
            : new[] { Neo4jCypher.RemoveEnterprises };
        foreach (var statement in statements)
            removed += await Count(transaction, Neo4jStatement.With(statement, "ids", ids), token).ConfigureAwait(false);
        if (removal.Projects.Count > 0)
            removed += await Count(transaction, Neo4jStatement.With(Neo4jCypher.RemoveProjects, "ids", removal.Projects.ToList()), token)
                .ConfigureAwait(false);
        if (removed > 0)
        {
            (await transaction.RunAsync(new Neo4jStatement(Neo4jCypher.FinishRemoval, new Dictionary<string, object?>
            {
                ["meta"] = Neo4jCypher.MetaKey,
                ["at"] = _time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture),
                ["source"] =
                $"remove: {removal.EnterpriseIds.Count} enterprises, {removal.Supplies.Count} supplies, {removal.Projects.Count} projects",
                ["summary"] = $"{{\"records\":{removed}}}",
            }), token).ConfigureAwait(false)).Dispose();
        }
        (await transaction.CommitAsync(null, token).ConfigureAwait(false)).Dispose();
        return removed;
    }

    private static async Task<long> Count(Neo4jTransaction transaction, Neo4jStatement statement, CancellationToken token)
    {
        using var result = await transaction.RunAsync(statement, token).ConfigureAwait(false);
        return result.Rows.Count == 0 ? 0 : result.Rows[0].Long(0);
    }

    private static async Task RefreshLeadsAsync(Neo4jTransaction transaction, CancellationToken token)
    {
        var owner = Vocabulary.Word(SegmentRole.Owner);
        (await transaction.RunAsync(Neo4jStatement.With(Neo4jCypher.DropStaleLeads, "owner", owner), token).ConfigureAwait(false))
            .Dispose();
        (await transaction.RunAsync(Neo4jStatement.With(Neo4jCypher.AddLeads, "owner", owner), token).ConfigureAwait(false)).Dispose();
    }

    private Neo4jStatement Finish(ImportPlan plan, IReadOnlyList<WriteCounts> counts)
    {
        var changed = counts.Any(c => c.Inserted + c.Updated > 0);
        return new Neo4jStatement(Neo4jCypher.Finish, new Dictionary<string, object?>
        {
            ["meta"] = Neo4jCypher.MetaKey,
            ["bump"] = changed ? 1 : 0,
            ["at"] = _time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture),
            ["source"] = string.Join(";", plan.Source.Files.Select(f => f.Path)),
            ["summary"] = JsonSerializer.Serialize(counts.Select(c => new { kind = c.Kind.ToString(), c.Inserted, c.Updated,
            c.Unchanged })),
        });
    }

    private static Neo4jStatement Meta(string statement) => Neo4jStatement.With(statement, "meta", Neo4jCypher.MetaKey);

    private static StoreStats Stats(Neo4jResult result)
    {
        if (result.Rows.Count == 0) throw new Neo4jException("the statistics query returned no row");
        var r = result.Rows[0];
        return new StoreStats(r.Long(0), r.Long(1), r.Long(2), r.Long(3), r.Long(4));
    }
}
