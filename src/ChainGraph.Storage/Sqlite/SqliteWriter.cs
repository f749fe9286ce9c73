using System.Globalization;
using ChainGraph.Domain;
using ChainGraph.Storage.Import;
using Microsoft.Data.Sqlite;

namespace ChainGraph.Storage.Sqlite;

/// <summary>
/// Writes an <see cref="ImportPlan"/> inside the caller's transaction, one kind at a time, counting what changed. A file
/// whose validated content the store already holds unchanged at <paramref name="version"/> (<see cref="ImportedFiles"/>)
/// is counted as unchanged without being read again.
/// </summary>
internal sealed class SqliteWriter(SqliteConnection connection, long version, CancellationToken token)
{
    private Dictionary<string, long>? _enterpriseRows;
    private Dictionary<string, long>? _segmentRows;
    private (IndexRowIds Enterprises, IndexRowIds Segments)? _keptRows;

    public IReadOnlyList<WriteCounts> Write(ImportPlan plan)
    {
        var counts = new List<WriteCounts>();
        // The kept rows are put in order on the other core while the enterprises are written.
        plan.ValidatedRows?.StartSorting();
        void Add(RecordKind kind, string table, Func<(long Rows, long Changed)> write)
        {
            if (plan.Has(kind)) counts.Add(Unchanged(plan, kind) ?? Counted(kind, table, write));
        }
        Add(RecordKind.Chains, "chains", () => Chains(plan.Chains));
        Add(RecordKind.Segments, "segments", () => Segments(plan.Segments));
        Add(RecordKind.SegmentLinks, "segment_links", () => SegmentLinks(plan.SegmentLinks));
        // The enterprises file is parsed again (a kept firm would be its whole record), on the other core as it is written.
        Add(RecordKind.Enterprises, "enterprises", () => Enterprises(ReadAhead.Of(plan.Enterprises, token)));
        Add(RecordKind.Memberships, "enterprise_segments",
            () => plan.ValidatedRows is { } kept ? Memberships(plan, kept) : Memberships(plan.Memberships));
        Add(RecordKind.Supplies, "supplies", () => plan.ValidatedRows is { } kept ? Supplies(plan, kept) : Supplies(plan, plan.Supplies));
        // Let go of the kept rows (up to a chunk of each kind in memory) before the store reloads itself after the write.
        plan.ValidatedRows?.Dispose();
        Add(RecordKind.Events, "events", () => Events(plan.Events));
        Add(RecordKind.Projects, "projects", () => Projects(plan.Projects));
        token.ThrowIfCancellationRequested();
        return counts;
    }

    private WriteCounts? Unchanged(ImportPlan plan, RecordKind kind) =>
        plan.ValidatedContent.TryGetValue(kind, out var hash) && ImportedFiles.UnchangedRows(connection, kind, hash, version) is { } rows
            ? new WriteCounts(kind, 0, 0, rows)
            : null;

    private WriteCounts Counted(RecordKind kind, string table, Func<(long Rows, long Changed)> write)
    {
        token.ThrowIfCancellationRequested();
        var before = Sql.Count(connection, table);
        var (rows, changed) = write();
        var inserted = Sql.Count(connection, table) - before;
        return new WriteCounts(kind, inserted, changed - inserted, rows - changed);
    }

    private (long Rows, long Changed) Each<T>(IEnumerable<T> records, Upsert upsert, Func<T, object[]> columns) =>
        Each(records, upsert, (record, statement) => statement.Run(columns(record)));

    private (long Rows, long Changed) Each<T>(IEnumerable<T> records, Upsert upsert, Func<T, Upsert, int> write)
    {
        using (upsert)
        {
            long rows = 0, changed = 0;
            foreach (var record in records)
            {
                if ((++rows & 0xFFF) == 0) token.ThrowIfCancellationRequested();
                changed += write(record, upsert);
            }
            return (rows, changed);
        }
    }

    private (long, long) Chains(IEnumerable<Chain> chains) =>
        Each(chains, new Upsert(connection, "chains", ["id"], ["name", "category"]),
            c => [c.Id, c.Name, Vocabulary.Word(c.Category)]);

    private (long, long) Segments(IEnumerable<Segment> segments)
    {
        _segmentRows = null;
        return Each(segments, new Upsert(connection, "segments", ["id"], ["chain_id", "name", "stage", "key"]),
            s => [s.Id, s.ChainId, s.Name, Vocabulary.Word(s.Stage), s.Key ? 1 : 0]);
    }

    private (long, long) SegmentLinks(IEnumerable<SegmentLink> links) =>
        Each(links, new Upsert(connection, "segment_links", ["from_segment", "to_segment"], []),
            l => [SegmentRow(l.From), SegmentRow(l.To)]);

    private (long, long) Enterprises(IEnumerable<Enterprise> enterprises)
    {
        _enterpriseRows = null;
        return Each(enterprises, new Upsert(connection, "enterprises", ["id"],
                ["name", "district", "region", "country", "industry_code", "annual_output", "revenue", "tax", "employees",
                 "rd_ratio", "energy_per_output", "market_share", "founded", "labels", "status", "city", "compliance", "land_area"]),
            e => [e.Id, e.Name, Sql.Value(e.District), Sql.Value(e.Region), e.Country, Sql.Value(e.IndustryCode), e.AnnualOutput,
                  Sql.Value(e.Revenue), Sql.Value(e.Tax), Sql.Value(e.Employees), Sql.Value(e.RdRatio), Sql.Value(e.EnergyPerOutput),
                  Sql.Value(e.MarketShare), Sql.Value(e.Founded?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                  Vocabulary.FormatLabels(e.Labels),
                  Vocabulary.Word(e.Status), Sql.Value(e.City), Vocabulary.FormatCompliance(e.Compliance), Sql.Value(e.LandArea)]);
    }

    private (long, long) Memberships(IEnumerable<EnterpriseSegment> memberships) =>
        Each(memberships, MembershipUpsert(), m => [EnterpriseRow(m.EnterpriseId), SegmentRow(m.SegmentId), Vocabulary.Word(m.Role)]);

    private (long, long) Memberships(ImportPlan plan, ValidatedRows kept)
    {
        var (enterprises, segments) = KeptRows(kept);
        return Each(plan.Reported(RecordKind.Memberships, kept.SortedMemberships(), kept.Memberships.Count), MembershipUpsert(),
            m => [enterprises[m.Enterprise], segments[m.Segment], Vocabulary.Word(m.Role)]);
    }

    private Upsert MembershipUpsert() => new(connection, "enterprise_segments", ["enterprise", "segment"], ["role"]);

    private (long, long) Supplies(ImportPlan plan, IEnumerable<Supply> supplies)
    {
        var customers = new LastLookup();
        using var rows = new SortedRows<SupplyRow>(SpillDirectory());
        foreach (var supply in supplies)
            rows.Add(SupplyRow.Of(supply, id => customers.Resolve(id, EnterpriseRow), SegmentRow, EnterpriseRow));
        return Supplies(plan, rows.Sorted());
    }

    private (long, long) Supplies(ImportPlan plan, ValidatedRows kept)
    {
        var (enterprises, segments) = KeptRows(kept);
        return Supplies(plan, plan.Reported(RecordKind.Supplies, kept.SortedSupplies(), kept.Supplies.Count)
            .Select(s => SupplyRow.Of(s, enterprises, segments)));
    }

    private (long, long) Supplies(ImportPlan plan, IEnumerable<SupplyRow> sorted)
    {
        // Into an empty table, building the secondary index once afterwards (a sort) is several times
        // faster than maintaining it row by row, and every row is new (validation refuses duplicate keys).
        var bulk = Sql.Count(connection, "supplies") == 0;
        if (bulk) Sql.Execute(connection, "DROP INDEX supplies_by_supplier");
        var changed = Each(sorted, new Upsert(connection, "supplies", ["customer", "segment", "supplier"],
            ["share", "annual_value", "substitutability", "recovery_days", "since"], insertOnly: bulk),
            (row, upsert) => row.Write(upsert));
        if (bulk)
        {
            plan.Step("indexing", "supplies by supplier");
            CreateSupplierIndex();
        }
        return changed;
    }

    // The index build sorts every supply. Under the connection's temp_store = MEMORY its spilled sort runs stayed in the
    // process (+0.9 GB at 20M rows, bench/RESULTS.md "National scale"); in temporary files they sit in the OS page cache.
    // SQLite's sorter may use helper threads for it (PRAGMA threads; 6.1 -> 5.2 s at 10M rows on two cores).
    private void CreateSupplierIndex()
    {
        var tempStore = Convert.ToInt64(Sql.Scalar(connection, "PRAGMA temp_store"), CultureInfo.InvariantCulture);
        Sql.Execute(connection, $"PRAGMA temp_store = FILE; PRAGMA threads = {Math.Clamp(Environment.ProcessorCount - 1, 0, 7)}");
        try
        {
            Sql.Execute(connection, "CREATE INDEX supplies_by_supplier ON supplies (supplier)");
        }
        finally
        {
            Sql.Execute(connection, $"PRAGMA temp_store = {tempStore}; PRAGMA threads = 0");
        }
    }

    private (long, long) Events(IEnumerable<DisruptionEvent> events) =>
        Each(events, new Upsert(connection, "events", ["enterprise", "date", "type"], ["severity"]),
            e => [EnterpriseRow(e.EnterpriseId), e.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Vocabulary.Word(e.Type),
                e.Severity]);

    private (long, long) Projects(IEnumerable<Project> projects) =>
        Each(projects, new Upsert(connection, "projects", ["id"],
                ["item_id", "chain_id", "segment_id", "lead_enterprise_id", "partners", "goal", "budget", "investment", "instrument",
                "amount", "status", "quarter"]),
            p => [p.Id, p.ItemId, p.ChainId, Sql.Value(p.SegmentId), p.LeadEnterpriseId, p.PartnerList(), p.Goal, p.Budget,
            Sql.Value(p.Investment), p.InstrumentId, Sql.Value(p.Amount), Vocabulary.Word(p.Status), p.Quarter]);

    // Beside the database, where the space for its own growth is expected; a database without a file spills to the temp
    // folder.
    private string SpillDirectory() =>
        connection.DataSource is { Length: > 0 } file && file != ":memory:"
            ? Path.GetDirectoryName(Path.GetFullPath(file))!
            : Path.GetTempPath();

    // The row ids of the kept rows' indices, resolved once the enterprises and segments are written. In the validator's key
    // order the kept rows usually stay in the tables' key order: it numbers the store's rows in row-id order (as they were
    // loaded), then new ids in file order, the order in which the writer has just inserted them. Only insert locality
    // depends on that; in any order the upserts write the same rows.
    private (IndexRowIds Enterprises, IndexRowIds Segments) KeptRows(ValidatedRows kept) =>
        _keptRows ??= (new IndexRowIds(kept.EnterpriseIds, _enterpriseRows ??= RowIds("enterprises"), "enterprise"),
            new IndexRowIds(kept.SegmentIds, _segmentRows ??= RowIds("segments"), "segment"));

    private long EnterpriseRow(string id) => (_enterpriseRows ??= RowIds("enterprises"))[id];

    private long SegmentRow(string id) => (_segmentRows ??= RowIds("segments"))[id];

    private Dictionary<string, long> RowIds(string table)
    {
        var rows = new Dictionary<string, long>(StringComparer.Ordinal);
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT rowid, id FROM {table}";
        using var reader = command.ExecuteReader();
        while (reader.Read()) rows[reader.GetString(1)] = reader.GetInt64(0);
        return rows;
    }
}
