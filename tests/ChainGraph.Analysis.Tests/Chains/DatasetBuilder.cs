using ChainGraph.Analysis.Domain;

namespace ChainGraph.Analysis.Tests.Chains;

/// <summary>Builds small in-memory datasets for chain-analysis tests: one chain "c" with named segments and firms.</summary>
internal sealed class DatasetBuilder
{
    private readonly List<Enterprise> _enterprises = [];
    private readonly List<Segment> _segments = [];
    private readonly List<SegmentLink> _links = [];
    private readonly List<EnterpriseSegment> _memberships = [];
    private readonly List<(int Supplier, int Customer, int Segment, float Share, float Value)> _supplies = [];
    private readonly Dictionary<string, int> _firms = [];

    public DatasetBuilder Segment(string id, Stage stage = Stage.Midstream, bool key = false)
    {
        _segments.Add(new Segment(id, "c", id, stage, key));
        return this;
    }

    public DatasetBuilder Link(string from, string to)
    {
        _links.Add(new SegmentLink(from, to));
        return this;
    }

    /// <summary>Adds a firm serving <paramref name="segment"/>; location "local", "province", "country" or "overseas".</summary>
    public DatasetBuilder Firm(string name, string segment, string location = "local", SegmentRole role = SegmentRole.Supplier, double output = 10)
    {
        var (district, region, country) = location switch
        {
            "local" => ("南山", "广东", "CN"),
            "province" => ((string?)null, "广东", "CN"),
            "country" => (null, "江苏", "CN"),
            _ => ((string?)null, (string?)null, "JP"),
        };
        _firms[name] = _enterprises.Count;
        _enterprises.Add(new Enterprise(CreditCode.Create("440300", 10_000_000 + _enterprises.Count), name, district, region, country, null, output));
        _memberships.Add(new EnterpriseSegment(_enterprises[^1].Id, segment, role));
        return this;
    }

    public DatasetBuilder Owner(string name, string segment, double output = 1000) => Firm(name, segment, "local", SegmentRole.Owner, output);

    public DatasetBuilder Supply(string supplier, string customer, string segment, double share, double value = 100)
    {
        _supplies.Add((_firms[supplier], _firms[customer], _segments.FindIndex(s => s.Id == segment), (float)share, (float)value));
        return this;
    }

    public int this[string name] => _firms[name];

    public Dataset Build() => new()
    {
        Enterprises = _enterprises,
        Chains = [new Chain("c", "测试链", ChainCategory.StrategicEmerging)],
        Segments = _segments,
        SegmentLinks = _links,
        Memberships = _memberships,
        Supplies = new SupplyTable(
            [.. _supplies.Select(s => s.Supplier)], [.. _supplies.Select(s => s.Customer)], [.. _supplies.Select(s => s.Segment)],
            [.. _supplies.Select(s => s.Share)], [.. _supplies.Select(s => s.Value)], [.. _supplies.Select(_ => float.NaN)], [.. _supplies.Select(_ => -1)]),
        Events = [],
    };
}
