using ChainGraph.Domain;
using ChainGraph.Storage.Import;

namespace ChainGraph.Storage.Neo4j;

/// <summary>
/// Writes an <see cref="ImportPlan"/> inside one explicit transaction, one kind at a time, in batches of
/// <c>batchSize</c> rows. Per batch it first reads the stored versions of the batch's records (the <c>Fetch*</c>
/// statements) and compares them with the incoming ones as domain records, then sends only the new and changed rows
/// to the <c>UNWIND $rows … MERGE … SET</c> statement: unchanged records are never rewritten, and the counts come
/// from the comparison. Into an empty store the comparison is skipped (everything is new).
/// </summary>
internal sealed class Neo4jWriter(Neo4jTransaction transaction, int batchSize, bool emptyStore, CancellationToken token)
{
    public async Task<IReadOnlyList<WriteCounts>> WriteAsync(ImportPlan plan)
    {
        var counts = new List<WriteCounts>();
        async Task Add<T>(RecordKind kind, IEnumerable<T> records, string fetch, string write, Func<T, Dictionary<string, object?>> row,
            Func<Neo4jRow, T> read, Func<T, object> key)
        {
            if (plan.Has(kind)) counts.Add(await KindAsync(kind, records, fetch, write, row, read, key).ConfigureAwait(false));
        }
        await Add(RecordKind.Chains, plan.Chains, Neo4jCypher.FetchChains, Neo4jCypher.WriteChains, Neo4jRecords.Row, Neo4jRecords.Chain,
            c => c.Id);
        await Add(RecordKind.Segments, plan.Segments, Neo4jCypher.FetchSegments, Neo4jCypher.WriteSegments, Neo4jRecords.Row,
            Neo4jRecords.Segment, s => s.Id);
        await Add(RecordKind.SegmentLinks, plan.SegmentLinks, Neo4jCypher.FetchSegmentLinks, Neo4jCypher.WriteSegmentLinks,
            Neo4jRecords.Row, Neo4jRecords.SegmentLink, l => l);
        await Add(RecordKind.Enterprises, plan.Enterprises, Neo4jCypher.FetchEnterprises, Neo4jCypher.WriteEnterprises, Neo4jRecords.Row,
            Neo4jRecords.Enterprise, e => e.Id);
        await Add(RecordKind.Memberships, plan.Memberships, Neo4jCypher.FetchMemberships, Neo4jCypher.WriteMemberships, Neo4jRecords.Row,
            Neo4jRecords.Membership, m => (m.EnterpriseId, m.SegmentId));
        await Add(RecordKind.Supplies, plan.Supplies, Neo4jCypher.FetchSupplies, Neo4jCypher.WriteSupplies, Neo4jRecords.Row,
            Neo4jRecords.Supply, s => (s.SupplierId, s.CustomerId, s.SegmentId));
        await Add(RecordKind.Events, plan.Events, Neo4jCypher.FetchEvents, Neo4jCypher.WriteEvents, Neo4jRecords.Row, Neo4jRecords.Event,
            e => (e.EnterpriseId, e.Date, e.Type));
        await Add(RecordKind.Projects, plan.Projects, Neo4jCypher.FetchProjects, Neo4jCypher.WriteProjects, Neo4jRecords.Row,
            Neo4jRecords.Project, p => p.Id);
        token.ThrowIfCancellationRequested();
        return counts;
    }

    private async Task<WriteCounts> KindAsync<T>(RecordKind kind, IEnumerable<T> records, string fetch, string write,
        Func<T, Dictionary<string, object?>> row, Func<Neo4jRow, T> read, Func<T, object> key)
    {
        long inserted = 0, updated = 0, unchanged = 0;
        foreach (var batch in records.Chunk(batchSize))
        {
            token.ThrowIfCancellationRequested();
            var rows = Array.ConvertAll(batch, r => row(r));
            var stored = emptyStore ? [] : await StoredAsync(fetch, rows, read, key).ConfigureAwait(false);
            var changed = new List<Dictionary<string, object?>>(rows.Length);
            for (var i = 0; i < batch.Length; i++)
            {
                if (!stored.TryGetValue(key(batch[i]), out var old)) inserted++;
                else if (EqualityComparer<T>.Default.Equals(old, batch[i])) { unchanged++; continue; }
                else updated++;
                changed.Add(rows[i]);
            }
            if (changed.Count > 0) (await RunAsync(write, changed).ConfigureAwait(false)).Dispose();
        }
        return new WriteCounts(kind, inserted, updated, unchanged);
    }

    private async Task<Dictionary<object, T>> StoredAsync<T>(string fetch, Dictionary<string, object?>[] rows, Func<Neo4jRow, T> read,
        Func<T, object> key)
    {
        using var result = await RunAsync(fetch, rows).ConfigureAwait(false);
        var stored = new Dictionary<object, T>(result.Rows.Count);
        foreach (var r in result.Rows)
        {
            var record = read(r);
            stored[key(record)] = record;
        }
        return stored;
    }

    private Task<Neo4jResult> RunAsync(string statement, IReadOnlyList<Dictionary<string, object?>> rows) =>
        transaction.RunAsync(Neo4jStatement.With(statement, "rows", rows), token);
}
