namespace ChainGraph.Analysis.Domain;

/// <summary>
/// Everything a store holds, loaded at once for analysis. Immutable once built. Supplies are columnar
/// (<see cref="SupplyTable"/>) because a production graph has millions of them.
/// </summary>
public sealed class Dataset
{
    public required IReadOnlyList<Enterprise> Enterprises { get; init; }
    public required IReadOnlyList<Chain> Chains { get; init; }
    public required IReadOnlyList<Segment> Segments { get; init; }
    public required IReadOnlyList<SegmentLink> SegmentLinks { get; init; }
    public required IReadOnlyList<EnterpriseSegment> Memberships { get; init; }
    public required SupplyTable Supplies { get; init; }
    public required IReadOnlyList<DisruptionEvent> Events { get; init; }

    /// <summary>The 攻关项目清单: projects answering checklist items (empty when none were imported).</summary>
    public IReadOnlyList<Project> Projects { get; init; } = [];

    /// <summary>The store version this dataset was read at; increases with every committed change.</summary>
    public long Version { get; init; }
}
