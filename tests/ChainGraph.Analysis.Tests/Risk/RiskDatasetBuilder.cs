using ChainGraph.Domain;

namespace ChainGraph.Analysis.Tests.Risk;

/// <summary>
/// Small in-memory datasets for the risk, evaluation and owner tests: firms with every enterprise field, segments of one
/// chain "c", supplies with recovery days, and events.
/// </summary>
internal sealed class RiskDatasetBuilder
{
    private readonly List<Enterprise> _enterprises = [];
    private readonly List<Segment> _segments = [];
    private readonly List<EnterpriseSegment> _memberships = [];
    private readonly List<(int Supplier, int Customer, int Segment, float Share, float Value, float Substitutability, int Recovery)> _supplies = [];
    private readonly List<DisruptionEvent> _events = [];
    private readonly Dictionary<string, int> _firms = [];

    public RiskDatasetBuilder Segment(string id, bool key = false, Stage stage = Stage.Midstream)
    {
        _segments.Add(new Segment(id, "c", id, stage, key));
        return this;
    }

    /// <summary>Adds a firm; <paramref name="configure"/> edits the default record (local, 10亿, founded 2010).</summary>
    public RiskDatasetBuilder Firm(string name, string segment, SegmentRole role = SegmentRole.Supplier, Func<Enterprise, Enterprise>? configure = null)
    {
        var firm = new Enterprise(CreditCode.Create("440300", 20_000_000 + _enterprises.Count), name, "南山", "广东", "CN", "C3841", 10,
            Revenue: 10, Tax: 0.5, Employees: 500, RdRatio: 0.05, EnergyPerOutput: 0.1, MarketShare: 0.01, Founded: new DateOnly(2010, 1, 1),
            Labels: EnterpriseLabels.HqLocal);
        _firms[name] = _enterprises.Count;
        _enterprises.Add(configure is null ? firm : configure(firm));
        _memberships.Add(new EnterpriseSegment(_enterprises[^1].Id, segment, role));
        return this;
    }

    public RiskDatasetBuilder Supply(string supplier, string customer, string segment, double share, double value = 100, double substitutability = 0.5, int recoveryDays = -1)
    {
        _supplies.Add((_firms[supplier], _firms[customer], _segments.FindIndex(s => s.Id == segment), (float)share, (float)value, (float)substitutability, recoveryDays));
        return this;
    }

    public RiskDatasetBuilder Event(string firm, DateOnly date, EventType type = EventType.Quality, double severity = 0.5)
    {
        _events.Add(new DisruptionEvent(_enterprises[_firms[firm]].Id, date, type, severity));
        return this;
    }

    public int this[string name] => _firms[name];

    public string Id(string name) => _enterprises[_firms[name]].Id;

    public Dataset Build() => new DatasetBuilder
    {
        Enterprises = [.. _enterprises],
        Chains = [new Chain("c", "测试链", ChainCategory.StrategicEmerging)],
        Segments = [.. _segments],
        SegmentLinks = [],
        Memberships = [.. _memberships],
        Supplies = SupplyColumns.Adopt(
            [.. _supplies.Select(s => s.Supplier)], [.. _supplies.Select(s => s.Customer)], [.. _supplies.Select(s => s.Segment)],
            [.. _supplies.Select(s => s.Share)], [.. _supplies.Select(s => s.Value)], [.. _supplies.Select(s => s.Substitutability)], [.. _supplies.Select(s => s.Recovery)]).ToTable(),
        Events = [.. _events],
    }.Build();
}
