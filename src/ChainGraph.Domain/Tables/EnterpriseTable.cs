namespace ChainGraph.Domain.Tables;

/// <summary>
/// The enterprises of a <see cref="Dataset"/>, column by column (<see cref="EnterpriseColumns"/>). Whole-economy passes
/// read the typed accessors (<see cref="Output"/>, <see cref="Status"/>, <see cref="Location"/>, ...), which touch one
/// array each; the indexer makes an <see cref="Enterprise"/> record on each call, for code that shows a few firms.
/// At a million firms this holds about 150 MB where records and their strings took twice that and most of a start.
/// Immutable and safe to share between threads.
/// </summary>
public sealed class EnterpriseTable : IReadOnlyList<Enterprise>
{
    private readonly EnterpriseColumns _c;
    private readonly Utf8Index _ids;
    private readonly Lazy<Location[]> _locations;
    private readonly Lazy<OutputOrder> _byOutput;

    /// <exception cref="InvalidDataException">The columns are inconsistent or an id occurs twice.</exception>
    public EnterpriseTable(EnterpriseColumns columns)
    {
        Count = columns.CheckedCount();
        _c = columns;
        _ids = new Utf8Index(columns.Id, "enterprise id");
        _locations = new Lazy<Location[]>(() => Classify(Geography.MetroRing));
        _byOutput = new Lazy<OutputOrder>(() => OutputOrder.Of(this));
    }

    /// <summary>An empty table.</summary>
    public static EnterpriseTable Empty { get; } = From([]);

    /// <summary>The table of <paramref name="rows"/>.</summary>
    /// <exception cref="InvalidDataException">An id occurs twice.</exception>
    public static EnterpriseTable From(IReadOnlyList<Enterprise> rows) => rows as EnterpriseTable ?? new(EnterpriseColumns.From(rows));

    /// <summary>Number of enterprises.</summary>
    public int Count { get; }

    /// <summary>The columns as held, for writing them out.</summary>
    public EnterpriseColumns Columns => _c;

    /// <summary>Every id, by row; each a new string when read.</summary>
    public Utf8Texts Ids => _c.Id;

    /// <summary>The record of row <paramref name="row"/>, made on each call.</summary>
    public Enterprise this[int row] => new(Id(row), Name(row), _c.District[row], _c.Region[row], _c.Country[row]!, _c.Industry[row],
        _c.Output[row], Number(_c.Revenue[row]), Number(_c.Tax[row]), Whole(_c.Employees[row]), Number(_c.Rd[row]), Number(_c.Energy[row]),
        Number(_c.Share[row]), Founded(row), Labels(row), Status(row), _c.City[row], (ComplianceFlags)_c.Compliance[row],
        Number(_c.Land[row]));

    /// <summary>The row of the enterprise with id <paramref name="id"/>, or -1.</summary>
    public int RowOf(string id) => _ids.Find(id);

    public string Id(int row) => _c.Id[row];

    public string Name(int row) => _c.Name[row];

    public double Output(int row) => _c.Output[row];

    public EnterpriseStatus Status(int row) => (EnterpriseStatus)_c.Status[row];

    public EnterpriseLabels Labels(int row) => (EnterpriseLabels)_c.Labels[row];

    public DateOnly? Founded(int row) => _c.Founded[row] is var day and not EnterpriseColumns.Missing ? DateOnly.FromDayNumber(day) : null;

    /// <summary>The 登峰计划 tier by annual output, as <see cref="Enterprise.Tier"/>.</summary>
    public DengfengTier Tier(int row) => DengfengTiers.Of(_c.Output[row]);

    public CodedTexts District => _c.District;

    public CodedTexts Region => _c.Region;

    public CodedTexts Country => _c.Country;

    public CodedTexts City => _c.City;

    /// <summary>Where row <paramref name="row"/> sits with the default metropolitan ring, as <see cref="Enterprise.Location"/>.</summary>
    public Location Location(int row) => _locations.Value[row];

    /// <summary>Every row's <see cref="Location(int)"/>, by row: for passes over many rows.</summary>
    public ReadOnlySpan<Location> DefaultLocations => _locations.Value;

    /// <summary>
    /// The rows by output, largest first, the id breaking ties: made on first use, once per table (a sort of every row:
    /// 0.11–0.16 s at a million firms).
    /// </summary>
    public OutputOrder ByOutput => _byOutput.Value;

    /// <summary><see cref="ByOutput"/> once it has been made, else null: for a caller that should not wait for it.</summary>
    public OutputOrder? ByOutputIfMade => _byOutput.IsValueCreated ? _byOutput.Value : null;

    /// <summary>
    /// Every row's location with the metropolitan ring <paramref name="ring"/>: classified once per distinct combination of
    /// district, region, country and city codes, of which a million firms have a few hundred. The default ring's are
    /// classified once per table and shared.
    /// </summary>
    public IReadOnlyList<Location> Locations(IReadOnlyCollection<string> ring) =>
        ring.SequenceEqual(Geography.MetroRing) ? _locations.Value : Classify(ring);

    private Location[] Classify(IReadOnlyCollection<string> ring)
    {
        // One number per combination: the four codes (each -1 .. values - 1) in mixed radix.
        CodedTexts[] columns = [_c.District, _c.Region, _c.Country, _c.City];
        var locations = new Location[Count];
        if (columns.Aggregate(1.0, (product, c) => product * (c.Values.Count + 1)) >= long.MaxValue)
        {
            for (var row = 0; row < locations.Length; row++) locations[row] = Classify(row, ring);
            return locations;
        }
        var known = new Dictionary<long, Location>();
        for (var row = 0; row < locations.Length; row++)
        {
            var key = 0L;
            foreach (var column in columns) key = key * (column.Values.Count + 1) + column.Code(row) + 1;
            if (!known.TryGetValue(key, out var location)) known[key] = location = Classify(row, ring);
            locations[row] = location;
        }
        return locations;
    }

    public IEnumerator<Enterprise> GetEnumerator()
    {
        for (var row = 0; row < Count; row++) yield return this[row];
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    private Location Classify(int row, IReadOnlyCollection<string> ring) =>
        Geography.Classify(_c.District[row], _c.Region[row], _c.Country[row]!, _c.City[row], ring);

    private static double? Number(double value) => double.IsNaN(value) ? null : value;

    private static int? Whole(int value) => value == EnterpriseColumns.Missing ? null : value;
}
