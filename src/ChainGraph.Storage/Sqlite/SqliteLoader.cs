using System.Globalization;
using ChainGraph.Domain;
using ChainGraph.Domain.Tables;
using Microsoft.Data.Sqlite;

namespace ChainGraph.Storage.Sqlite;

/// <summary>
/// Reads a whole store into a <see cref="Dataset"/> inside one read transaction (a consistent snapshot). The supplies, most
/// of the rows, are read at the same time on a second, read-only connection to the same file, whose read transaction
/// must see the same data version (else they are read here after the rest). The enterprises and the supplies each take
/// about half of a load at scale, and the machine has a core for each.
/// </summary>
internal sealed class SqliteLoader(SqliteConnection connection, CancellationToken token)
{
    // The dataset row of each table row id, by row id.
    private int[] _enterpriseIndex = [], _segmentIndex = [];

    public Dataset Load(long version)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(token);
        var aside = Task.Run(() => StoredSupplies.ReadAside(connection.DataSource, version, stop.Token), stop.Token);
        try
        {
            return Load(version, aside);
        }
        finally
        {
            stop.Cancel();
            ((IAsyncResult)aside).AsyncWaitHandle.WaitOne();
        }
    }

    private Dataset Load(long version, Task<StoredSupplies?> aside)
    {
        var enterprises = Enterprises();
        var segments = Segments();
        var supplies = aside.GetAwaiter().GetResult() ?? StoredSupplies.Read(connection, token);
        return new DatasetBuilder
        {
            Version = version,
            Chains = Read("SELECT id, name, category FROM chains ORDER BY id",
                r => new Chain(r.GetString(0), r.GetString(1), Word<ChainCategory>(r.GetString(2)))),
            Enterprises = enterprises,
            Segments = segments,
            SegmentLinks = Read("SELECT from_segment, to_segment FROM segment_links",
                r => new SegmentLink(segments[_segmentIndex[r.GetInt64(0)]].Id, segments[_segmentIndex[r.GetInt64(1)]].Id)),
            Memberships = Memberships(enterprises, segments),
            Supplies = supplies.ToTable(_enterpriseIndex, _segmentIndex),
            Events = Read("SELECT enterprise, date, type, severity FROM events",
                r => new DisruptionEvent(enterprises.Id(_enterpriseIndex[r.GetInt64(0)]), IsoDay(r.GetString(1)),
                Word<EventType>(r.GetString(2)), r.GetDouble(3))),
            Projects = Read(
                "SELECT id, item_id, chain_id, segment_id, lead_enterprise_id, partners, goal, budget, investment, instrument, amount, status, quarter FROM projects ORDER BY id",
                r => new Project(r.GetString(0), r.GetString(1), r.GetString(2), Text(r, 3), r.GetString(4),
                Project.ParsePartners(r.GetString(5)),
                    r.GetString(6), r.GetDouble(7), Number(r, 8), r.GetString(9), Number(r, 10), Word<ProjectStatus>(r.GetString(11)),
                    r.GetString(12))),
        }.Build();
    }

    // Straight into columns, as the snapshot holds them: ids and names as UTF-8 bytes, places dictionary-encoded, and the
    // words (dates, labels, status, compliance) parsed once per distinct value. Records and their strings took 5 GiB at
    // 10M firms, the national import's peak (docs/scale.md). The counts and the rows are read in one transaction, so they
    // agree.
    private EnterpriseTable Enterprises()
    {
        _enterpriseIndex = ByRowId("enterprises");
        var count = checked((int)Sql.Count(connection, "enterprises"));
        var (id, name) = (new Utf8TextsBuilder(count), new Utf8TextsBuilder(count));
        var coded = Enumerable.Range(0, 9).Select(_ => new CodedTextsBuilder(count)).ToArray();
        var numbers = Enumerable.Range(0, 7).Select(_ => new double[count]).ToArray();
        var employees = new int[count];
        int[] codedColumns = [3, 4, 5, 6, 14, 15, 16, 17, 18], numberColumns = [7, 8, 9, 11, 12, 13, 19];
        var n = 0;
        Read(
            "SELECT rowid, id, name, district, region, country, industry_code, annual_output, revenue, tax, employees, rd_ratio, energy_per_output, market_share, founded, labels, status, city, compliance, land_area FROM enterprises ORDER BY rowid",
            r =>
            {
                _enterpriseIndex[r.GetInt64(0)] = n;
                id.Add(r.GetUtf8(1));
                name.Add(r.GetUtf8(2));
                for (var c = 0; c < codedColumns.Length; c++)
                {
                    if (r.IsDBNull(codedColumns[c])) coded[c].AddMissing();
                    else coded[c].Add(r.GetUtf8(codedColumns[c]));
                }
                for (var c = 0; c < numberColumns.Length; c++)
                    numbers[c][n] = r.IsDBNull(numberColumns[c]) ? double.NaN : r.GetDouble(numberColumns[c]);
                employees[n++] = r.IsDBNull(10) ? EnterpriseColumns.Missing : r.GetInt32(10);
                return 0;
            }, keep: false);
        var texts = coded.Select(c => c.Build()).ToArray();
        return new EnterpriseTable(new EnterpriseColumns(id.Build(), name.Build(), texts[0], texts[1], texts[2], texts[3],
            Output: numbers[0], Revenue: numbers[1], Tax: numbers[2], Rd: numbers[3], Energy: numbers[4], Share: numbers[5], employees,
            Founded: Parsed(texts[4], t => IsoDay(t).DayNumber), Labels: Parsed(texts[5], t => (int)Labels(t)),
            Status: Parsed(texts[6], t => (int)Word<EnterpriseStatus>(t)), City: texts[7],
            Compliance: Parsed(texts[8], t => (int)Compliance(t)), Land: numbers[6]));
    }

    // A column of words, each distinct one parsed once; missing values as EnterpriseColumns.Missing.
    private static int[] Parsed(CodedTexts words, Func<string, int> parse)
    {
        var values = words.Values.Select(parse).ToArray();
        var parsed = new int[words.Count];
        for (var i = 0; i < parsed.Length; i++) parsed[i] = words.Code(i) is var code and >= 0 ? values[code] : EnterpriseColumns.Missing;
        return parsed;
    }

    private static EnterpriseLabels Labels(string text)
    {
        Vocabulary.TryParseLabels(text, out var labels);
        return labels;
    }

    private static ComplianceFlags Compliance(string text)
    {
        Vocabulary.TryParseCompliance(text, out var flags);
        return flags;
    }

    private MembershipTable Memberships(EnterpriseTable enterprises, List<Segment> segments)
    {
        var count = checked((int)Sql.Count(connection, "enterprise_segments"));
        var (enterprise, segment, role) = (new int[count], new int[count], new SegmentRole[count]);
        var n = 0;
        Read("SELECT enterprise, segment, role FROM enterprise_segments", r =>
        {
            (enterprise[n], segment[n], role[n]) = (_enterpriseIndex[r.GetInt64(0)], _segmentIndex[r.GetInt64(1)],
                Word<SegmentRole>(r.GetString(2)));
            return n++;
        }, keep: false);
        return new MembershipTable(enterprise, segment, role, enterprises, segments);
    }

    private List<Segment> Segments()
    {
        _segmentIndex = ByRowId("segments");
        var n = 0;
        return Read("SELECT rowid, id, chain_id, name, stage, key FROM segments ORDER BY rowid", r =>
        {
            _segmentIndex[r.GetInt64(0)] = n++;
            return new Segment(r.GetString(1), r.GetString(2), r.GetString(3), Word<Stage>(r.GetString(4)), r.GetInt64(5) != 0);
        });
    }

    // An array over the table's row ids, for the dataset row of each.
    private int[] ByRowId(string table) =>
        new int[Convert.ToInt64(Sql.Scalar(connection, $"SELECT coalesce(max(rowid), 0) FROM {table}"), CultureInfo.InvariantCulture) + 1];

    private List<T> Read<T>(string sql, Func<RawQuery, T> map, bool keep = true) => ReadRows(connection, sql, map, token, keep);

    private static List<T> ReadRows<T>(SqliteConnection connection, string sql, Func<RawQuery, T> map, CancellationToken token,
        bool keep = true)
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

    /// <summary>The supplies as stored, enterprises and segments as row ids, mapped to dataset rows once those are read.</summary>
    private sealed class StoredSupplies
    {
        private readonly int[] _supplier, _customer, _segment, _recovery;
        private readonly float[] _share, _value, _substitutability;

        private StoredSupplies(int count)
        {
            (_supplier, _customer, _segment, _recovery) = (new int[count], new int[count], new int[count], new int[count]);
            (_share, _value, _substitutability) = (new float[count], new float[count], new float[count]);
        }

        // Null when the second connection's read transaction sees another data version than the loader's.
        public static StoredSupplies? ReadAside(string file, long version, CancellationToken token)
        {
            using var aside = new SqliteConnection(new SqliteConnectionStringBuilder
                { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            aside.Open();
            using var transaction = aside.BeginTransaction(deferred: true);
            var seen = Convert.ToInt64(Sql.Scalar(aside, "SELECT value FROM meta WHERE key = 'data_version'"), CultureInfo.InvariantCulture);
            return seen == version ? Read(aside, token) : null;
        }

        public static StoredSupplies Read(SqliteConnection connection, CancellationToken token)
        {
            var rows = new StoredSupplies(checked((int)Sql.Count(connection, "supplies")));
            var n = 0;
            ReadRows(connection, "SELECT supplier, customer, segment, share, annual_value, substitutability, recovery_days FROM supplies", r =>
            {
                (rows._supplier[n], rows._customer[n], rows._segment[n]) = (r.GetInt32(0), r.GetInt32(1), r.GetInt32(2));
                rows._share[n] = (float)r.GetDouble(3);
                rows._value[n] = r.IsDBNull(4) ? float.NaN : (float)r.GetDouble(4);
                rows._substitutability[n] = r.IsDBNull(5) ? float.NaN : (float)r.GetDouble(5);
                rows._recovery[n] = r.IsDBNull(6) ? -1 : r.GetInt32(6);
                return n++;
            }, token, keep: false);
            return rows;
        }

        public SupplyTable ToTable(int[] enterpriseRows, int[] segmentRows)
        {
            for (var i = 0; i < _supplier.Length; i++)
            {
                (_supplier[i], _customer[i]) = (enterpriseRows[_supplier[i]], enterpriseRows[_customer[i]]);
                _segment[i] = segmentRows[_segment[i]];
            }
            return SupplyColumns.Adopt(_supplier, _customer, _segment, _share, _value, _substitutability, _recovery).ToTable();
        }
    }
}
