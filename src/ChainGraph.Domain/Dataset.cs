using ChainGraph.Domain.Tables;

namespace ChainGraph.Domain;

/// <summary>
/// Everything a store holds, loaded at once for analysis. Immutable; only <see cref="DatasetBuilder"/> makes one, after
/// checking the table invariants. Supplies are columnar (<see cref="SupplyTable"/>) because a production graph has
/// millions of them.
/// </summary>
public sealed class Dataset
{
    internal Dataset(DatasetBuilder tables, EnterpriseTable enterprises, MembershipTable memberships)
    {
        (Enterprises, Chains, Segments, SegmentLinks) = (enterprises, tables.Chains, tables.Segments, tables.SegmentLinks);
        (Memberships, Supplies, Events, Projects, Version) = (memberships, tables.Supplies, tables.Events, tables.Projects, tables.Version);
    }

    /// <summary>The enterprises, column by column; supplies refer to them by position.</summary>
    public EnterpriseTable Enterprises { get; }

    /// <summary>The industry chains.</summary>
    public IReadOnlyList<Chain> Chains { get; }

    /// <summary>The segments of all chains; supplies refer to them by position.</summary>
    public IReadOnlyList<Segment> Segments { get; }

    /// <summary>The chain templates (upstream → downstream).</summary>
    public IReadOnlyList<SegmentLink> SegmentLinks { get; }

    /// <summary>Which enterprise serves which segment, in which role.</summary>
    public MembershipTable Memberships { get; }

    /// <summary>The supply relations.</summary>
    public SupplyTable Supplies { get; }

    /// <summary>The disruption history (for the risk model).</summary>
    public IReadOnlyList<DisruptionEvent> Events { get; }

    /// <summary>The 攻关项目清单: projects answering checklist items (empty when none were imported).</summary>
    public IReadOnlyList<Project> Projects { get; }

    /// <summary>The row of the enterprise with this id in <see cref="Enterprises"/> (the index supplies use), if any.</summary>
    public bool TryGetEnterpriseRow(string id, out int row) => (row = Enterprises.RowOf(id)) >= 0;

    /// <summary>The store version this dataset was read at; increases with every committed change.</summary>
    public long Version { get; }
}
