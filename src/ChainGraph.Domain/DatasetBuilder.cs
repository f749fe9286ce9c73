namespace ChainGraph.Domain;

/// <summary>
/// The one way to make a <see cref="Dataset"/> (store loaders, the snapshot reader, test builders): set the tables,
/// then <see cref="Build"/> checks the invariants — unique ids, every reference known, supply rows in range — and
/// throws <see cref="InvalidDataException"/> naming the first violation.
/// </summary>
public sealed record DatasetBuilder
{
    /// <summary>The enterprises (ids unique): records, or an <see cref="Tables.EnterpriseTable"/> as the snapshot reads them.</summary>
    public IReadOnlyList<Enterprise> Enterprises { get; init; } = [];

    /// <summary>The chains (ids unique).</summary>
    public IReadOnlyList<Chain> Chains { get; init; } = [];

    /// <summary>The segments (ids unique, each of a known chain).</summary>
    public IReadOnlyList<Segment> Segments { get; init; } = [];

    /// <summary>Links between known segments.</summary>
    public IReadOnlyList<SegmentLink> SegmentLinks { get; init; } = [];

    /// <summary>Memberships of known enterprises in known segments: records, or a <see cref="Tables.MembershipTable"/> over the
    /// same enterprise table and segments.</summary>
    public IReadOnlyList<EnterpriseSegment> Memberships { get; init; } = [];

    /// <summary>Supply rows whose indexes point into <see cref="Enterprises"/> and <see cref="Segments"/>.</summary>
    public SupplyTable Supplies { get; init; } = SupplyTable.Empty;

    /// <summary>Events of known enterprises.</summary>
    public IReadOnlyList<DisruptionEvent> Events { get; init; } = [];

    /// <summary>The 攻关项目清单 (ids unique; empty when none were imported).</summary>
    public IReadOnlyList<Project> Projects { get; init; } = [];

    /// <summary>The store version the tables were read at.</summary>
    public long Version { get; init; }

    /// <summary>Checks the invariants and returns the dataset.</summary>
    public Dataset Build()
    {
        var (enterprises, memberships) = DatasetInvariants.Check(this);
        return new Dataset(this, enterprises, memberships);
    }
}
