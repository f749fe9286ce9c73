using ChainGraph.Domain;

namespace ChainGraph.Analysis.Tests.Chains;

/// <summary>Builds small in-memory datasets for chain-analysis tests: one chain "c" with named segments and firms.</summary>
internal sealed class ChainDatasetBuilder
{
    private readonly List<Enterprise> _enterprises = [];
    private readonly List<Segment> _segments = [];
    private readonly List<SegmentLink> _links = [];
    private readonly List<EnterpriseSegment> _memberships = [];
    private readonly List<(int Supplier, int Customer, int Segment, float Share, float Value)> _supplies = [];
    private readonly Dictionary<string, int> _firms = [];
    private readonly List<DisruptionEvent> _events = [];

    public ChainDatasetBuilder Segment(string id, Stage stage = Stage.Midstream, bool key = false)
    {
        _segments.Add(new Segment(id, "c", id, stage, key));
        return this;
    }

    public ChainDatasetBuilder Link(string from, string to)
    {
        _links.Add(new SegmentLink(from, to));
        return this;
    }

    /// <summary>Adds a firm serving <paramref name="segment"/>; location "local", "metro" (东莞), "province", "country" or "overseas".</summary>
    public ChainDatasetBuilder Firm(string name, string segment, string location = "local", SegmentRole role = SegmentRole.Supplier, double output = 10,
        EnterpriseStatus status = EnterpriseStatus.Active)
    {
        var (district, region, country, city) = location switch
        {
            "local" => ("南山", "广东", "CN", "深圳"),
            "metro" => ((string?)null, "广东", "CN", "东莞"),
            "province" => (null, "广东", "CN", "韶关"),
            "country" => (null, "江苏", "CN", null),
            _ => ((string?)null, (string?)null, "JP", (string?)null),
        };
        _firms[name] = _enterprises.Count;
        _enterprises.Add(new Enterprise(CreditCode.Create("440300", 10_000_000 + _enterprises.Count), name, district, region, country, null, output,
            Status: status, City: city));
        _memberships.Add(new EnterpriseSegment(_enterprises[^1].Id, segment, role));
        return this;
    }

    /// <summary>Adds a serving of one more segment by an existing firm.</summary>
    public ChainDatasetBuilder Serves(string name, string segment, SegmentRole role = SegmentRole.Supplier)
    {
        _memberships.Add(new EnterpriseSegment(_enterprises[_firms[name]].Id, segment, role));
        return this;
    }

    /// <summary>Records an event of a firm (closure by default).</summary>
    public ChainDatasetBuilder Event(string name, string date, EventType type = EventType.Closure)
    {
        _events.Add(new DisruptionEvent(_enterprises[_firms[name]].Id, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), type, 1));
        return this;
    }

    public ChainDatasetBuilder Owner(string name, string segment, double output = 1000, string location = "local") => Firm(name, segment, location, SegmentRole.Owner, output);

    public ChainDatasetBuilder Supply(string supplier, string customer, string segment, double share, double value = 100)
    {
        _supplies.Add((_firms[supplier], _firms[customer], _segments.FindIndex(s => s.Id == segment), (float)share, (float)value));
        return this;
    }

    /// <summary>Changes a firm already added (labels, revenue, R&amp;D intensity …).</summary>
    public ChainDatasetBuilder With(string name, Func<Enterprise, Enterprise> change)
    {
        _enterprises[_firms[name]] = change(_enterprises[_firms[name]]);
        return this;
    }

    public int this[string name] => _firms[name];

    public Dataset Build() => new Domain.DatasetBuilder
    {
        Enterprises = _enterprises,
        Chains = [new Chain("c", "测试链", ChainCategory.StrategicEmerging)],
        Segments = _segments,
        SegmentLinks = _links,
        Memberships = _memberships,
        Supplies = SupplyColumns.Adopt(
            [.. _supplies.Select(s => s.Supplier)], [.. _supplies.Select(s => s.Customer)], [.. _supplies.Select(s => s.Segment)],
            [.. _supplies.Select(s => s.Share)], [.. _supplies.Select(s => s.Value)], [.. _supplies.Select(_ => float.NaN)], [.. _supplies.Select(_ => -1)]).ToTable(),
        Events = _events,
    }.Build();
}
