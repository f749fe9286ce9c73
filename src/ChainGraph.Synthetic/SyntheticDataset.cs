using ChainGraph.Domain;

namespace ChainGraph.Synthetic;

/// <summary>A generated dataset held in memory (the shenzhen preset); rows are in file order.</summary>
public sealed record SyntheticDataset(
    IReadOnlyList<Chain> Chains,
    IReadOnlyList<Segment> Segments,
    IReadOnlyList<SegmentLink> Links,
    IReadOnlyList<Enterprise> Enterprises,
    IReadOnlyList<EnterpriseSegment> Memberships,
    IReadOnlyList<Supply> Supplies,
    IReadOnlyList<DisruptionEvent> Events)
{
    /// <summary>The dataset as the analyses read it (what an import of the files would load).</summary>
    public Dataset ToDataset()
    {
        var enterprise = Enterprises.Select((e, i) => (e.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var segment = Segments.Select((s, i) => (s.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var supplies = SupplyColumns.Adopt([.. Supplies.Select(s => enterprise[s.SupplierId])],
            [.. Supplies.Select(s => enterprise[s.CustomerId])],
            [.. Supplies.Select(s => segment[s.SegmentId])], [.. Supplies.Select(s => (float)s.Share)],
            [.. Supplies.Select(s => (float)(s.AnnualValue ?? double.NaN))],
            [.. Supplies.Select(s => (float)(s.Substitutability ?? double.NaN))], [.. Supplies.Select(s => s.RecoveryDays ?? -1)])
            .ToTable();
        return new DatasetBuilder
        {
            Chains = Chains, Segments = Segments, SegmentLinks = Links, Enterprises = Enterprises, Memberships = Memberships,
            Supplies = supplies, Events = Events, }.Build();
    }

    public GenerationSummary Summary =>
        new(Chains.Count, Segments.Count, Links.Count, Enterprises.Count, Memberships.Count, Supplies.Count, Events.Count);
}
