using ChainGraph.Domain;

namespace ChainGraph.Storage.Neo4j;

/// <summary>
/// Reads a whole database into a <see cref="Dataset"/> page by page, each page its own request (retried on
/// transient errors) and parsed document, released before the next. Nodes are paged by keyset on their unique id;
/// relationships are read for batches of the already loaded enterprise (or segment) ids, through the id index.
/// Supplies go straight into preallocated columns, so the largest part of the graph is held once, as arrays.
/// The caller checks the data version around the load, because the pages are separate transactions.
/// </summary>
internal sealed class Neo4jLoader(Neo4jHttpClient client, int pageSize, CancellationToken token)
{
    public async Task<Dataset> LoadAsync(long version)
    {
        var chains = await NodesAsync(Neo4jCypher.LoadChains, Neo4jRecords.Chain, c => c.Id).ConfigureAwait(false);
        var segments = await NodesAsync(Neo4jCypher.LoadSegments, Neo4jRecords.Segment, s => s.Id).ConfigureAwait(false);
        var enterprises = await NodesAsync(Neo4jCypher.LoadEnterprises, Neo4jRecords.Enterprise, e => e.Id).ConfigureAwait(false);
        var segmentIds = segments.ConvertAll(s => s.Id);
        var enterpriseIds = enterprises.ConvertAll(e => e.Id);
        return new DatasetBuilder
        {
            Version = version,
            Chains = chains,
            Segments = segments,
            Enterprises = enterprises,
            SegmentLinks = await RelationshipsAsync(Neo4jCypher.LoadSegmentLinks, segmentIds, Neo4jRecords.SegmentLink)
            .ConfigureAwait(false),
            Memberships = await RelationshipsAsync(Neo4jCypher.LoadMemberships, enterpriseIds, Neo4jRecords.Membership)
            .ConfigureAwait(false),
            Supplies = await SuppliesAsync(enterpriseIds, Index(enterpriseIds), Index(segmentIds)).ConfigureAwait(false),
            Events = await RelationshipsAsync(Neo4jCypher.LoadEvents, enterpriseIds, Neo4jRecords.Event).ConfigureAwait(false),
            Projects = await NodesAsync(Neo4jCypher.LoadProjects, Neo4jRecords.Project, p => p.Id).ConfigureAwait(false),
        }.Build();
    }

    private async Task<List<T>> NodesAsync<T>(string statement, Func<Neo4jRow, T> read, Func<T, string> id)
    {
        var items = new List<T>();
        var after = "";
        while (true)
        {
            var parameters = new Dictionary<string, object?> { ["after"] = after, ["limit"] = pageSize };
            using var page = await client.RunAsync(new Neo4jStatement(statement, parameters), token).ConfigureAwait(false);
            foreach (var row in page.Rows) items.Add(read(row));
            if (page.Rows.Count < pageSize) return items;
            after = id(items[^1]);
        }
    }

    private async Task<List<T>> RelationshipsAsync<T>(string statement, List<string> ids, Func<Neo4jRow, T> read)
    {
        var items = new List<T>();
        await PagesAsync(statement, ids, row => items.Add(read(row))).ConfigureAwait(false);
        return items;
    }

    private async Task<SupplyTable> SuppliesAsync(List<string> enterpriseIds, Dictionary<string, int> enterprises,
        Dictionary<string, int> segments)
    {
        using var count = await client.RunAsync(new Neo4jStatement(Neo4jCypher.SupplyCount), token).ConfigureAwait(false);
        var columns = new SupplyColumns(checked((int)count.Rows[0].Long(0)));
        await PagesAsync(Neo4jCypher.LoadSupplies, enterpriseIds, r => columns.Add(
            Known(enterprises, r.String(0)), Known(enterprises, r.String(1)), Known(segments, r.String(2)),
            r.Double(3), r.NullableDouble(4), r.NullableDouble(5), r.NullableLong(6))).ConfigureAwait(false);
        return columns.ToTable();
    }

    private async Task PagesAsync(string statement, List<string> ids, Action<Neo4jRow> each)
    {
        for (var start = 0; start < ids.Count; start += pageSize)
        {
            var batch = ids.GetRange(start, Math.Min(pageSize, ids.Count - start));
            using var page = await client.RunAsync(Neo4jStatement.With(statement, "ids", batch), token).ConfigureAwait(false);
            foreach (var row in page.Rows) each(row);
        }
    }

    private static Dictionary<string, int> Index(List<string> ids)
    {
        var index = new Dictionary<string, int>(ids.Count, StringComparer.Ordinal);
        for (var i = 0; i < ids.Count; i++) index[ids[i]] = i;
        return index;
    }

    private static int Known(Dictionary<string, int> index, string id) =>
        index.TryGetValue(id, out var i) ? i : throw new InvalidDataException($"a supply refers to '{id}', which the store does not hold");
}
