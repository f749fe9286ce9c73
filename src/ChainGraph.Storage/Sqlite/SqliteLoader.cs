using System.Globalization;
using ChainGraph.Domain;
using Microsoft.Data.Sqlite;

namespace ChainGraph.Storage.Sqlite;

/// <summary>Reads a whole store into a <see cref="Dataset"/> inside one read transaction (a consistent snapshot).</summary>
internal sealed class SqliteLoader(SqliteConnection connection, CancellationToken token)
{
    private readonly Dictionary<long, int> _segmentIndex = [];
    private int[] _enterpriseIndex = [];

    public Dataset Load(long version)
    {
        var enterprises = Enterprises();
        var segments = Segments();
        return new DatasetBuilder
        {
            Version = version,
            Chains = Read("SELECT id, name, category FROM chains ORDER BY id",
                r => new Chain(r.GetString(0), r.GetString(1), Word<ChainCategory>(r.GetString(2)))),
            Enterprises = enterprises,
            Segments = segments,
            SegmentLinks = Read("SELECT from_segment, to_segment FROM segment_links",
                r => new SegmentLink(segments[_segmentIndex[r.GetInt64(0)]].Id, segments[_segmentIndex[r.GetInt64(1)]].Id)),
            Memberships = Read("SELECT enterprise, segment, role FROM enterprise_segments",
                r => new EnterpriseSegment(enterprises[_enterpriseIndex[r.GetInt64(0)]].Id, segments[_segmentIndex[r.GetInt64(1)]].Id,
                Word<SegmentRole>(r.GetString(2)))),
            Supplies = Supplies(),
            Events = Read("SELECT enterprise, date, type, severity FROM events",
                r => new DisruptionEvent(enterprises[_enterpriseIndex[r.GetInt64(0)]].Id, IsoDay(r.GetString(1)),
                Word<EventType>(r.GetString(2)), r.GetDouble(3))),
            Projects = Read(
                "SELECT id, item_id, chain_id, segment_id, lead_enterprise_id, partners, goal, budget, investment, instrument, amount, status, quarter FROM projects ORDER BY id",
                r => new Project(r.GetString(0), r.GetString(1), r.GetString(2), Text(r, 3), r.GetString(4),
                Project.ParsePartners(r.GetString(5)),
                    r.GetString(6), r.GetDouble(7), Number(r, 8), r.GetString(9), Number(r, 10), Word<ProjectStatus>(r.GetString(11)),
                    r.GetString(12))),
        }.Build();
    }

    private List<Enterprise> Enterprises()
    {
        var maxRow = Convert.ToInt64(Sql.Scalar(connection, "SELECT coalesce(max(rowid), 0) FROM enterprises"),
            CultureInfo.InvariantCulture);
        _enterpriseIndex = new int[maxRow + 1];
        var rows = new List<long>();
        var enterprises = Read(
            "SELECT rowid, id, name, district, region, country, industry_code, annual_output, revenue, tax, employees, rd_ratio, energy_per_output, market_share, founded, labels, status, city, compliance, land_area FROM enterprises ORDER BY rowid",
            r =>
            {
                rows.Add(r.GetInt64(0));
                Vocabulary.TryParseLabels(r.GetString(15), out var labels);
                Vocabulary.TryParseCompliance(r.GetString(18), out var compliance);
                return new Enterprise(r.GetString(1), r.GetString(2), Text(r, 3), Text(r, 4), r.GetString(5), Text(r, 6), r.GetDouble(7),
                    Number(r, 8), Number(r, 9), r.IsDBNull(10) ? null : r.GetInt32(10), Number(r, 11), Number(r, 12), Number(r, 13),
                    r.IsDBNull(14) ? null : IsoDay(r.GetString(14)), labels, Word<EnterpriseStatus>(r.GetString(16)),
                    Text(r, 17), compliance, Number(r, 19));
            });
        for (var i = 0; i < rows.Count; i++) _enterpriseIndex[rows[i]] = i;
        return enterprises;
    }

    private List<Segment> Segments() =>
        Read("SELECT rowid, id, chain_id, name, stage, key FROM segments ORDER BY rowid", r =>
        {
            _segmentIndex[r.GetInt64(0)] = _segmentIndex.Count;
            return new Segment(r.GetString(1), r.GetString(2), r.GetString(3), Word<Stage>(r.GetString(4)), r.GetInt64(5) != 0);
        });

    private SupplyTable Supplies()
    {
        var columns = new SupplyColumns((int)Sql.Count(connection, "supplies"));
        Read("SELECT supplier, customer, segment, share, annual_value, substitutability, recovery_days FROM supplies", r => columns.Add(
            _enterpriseIndex[r.GetInt64(0)], _enterpriseIndex[r.GetInt64(1)], _segmentIndex[r.GetInt64(2)], r.GetDouble(3),
            r.IsDBNull(4) ? null : r.GetDouble(4), r.IsDBNull(5) ? null : r.GetDouble(5), r.IsDBNull(6) ? null : r.GetInt64(6)),
            keep: false);
        return columns.ToTable();
    }

    private List<T> Read<T>(string sql, Func<RawQuery, T> map, bool keep = true)
    {
        using var reader = new RawQuery(connection, sql);
        var items = new List<T>();
        var n = 0;
        while (reader.Read())
        {
            if ((++n & 0xFFFF) == 0) token.ThrowIfCancellationRequested();
            var item = map(reader);
            if (keep) items.Add(item);
        }
        return items;
    }

    private static string? Text(RawQuery r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    // Stored as yyyy-MM-dd in the Gregorian calendar whatever the host's culture (a Thai host would otherwise read 2024 as
    // a Buddhist year).
    private static DateOnly IsoDay(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static double? Number(RawQuery r, int i) => r.IsDBNull(i) ? null : r.GetDouble(i);

    private static T Word<T>(string text) where T : struct, Enum =>
        Vocabulary.TryParse<T>(text, out var value)
            ? value
            : throw new InvalidDataException($"the store holds an unknown {typeof(T).Name} '{text}'");
}
