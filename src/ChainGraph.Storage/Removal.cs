namespace ChainGraph.Storage;

/// <summary>
/// What to remove: enterprises (with their memberships, supply relations in and out, events and the projects they lead),
/// single supply relations, and projects.
/// </summary>
public sealed record Removal(IReadOnlyList<string> EnterpriseIds, IReadOnlyList<SupplyKey> Supplies,
    IReadOnlyList<string>? ProjectIds = null)
{
    /// <summary>The projects to remove (none when not given).</summary>
    public IReadOnlyList<string> Projects => ProjectIds ?? [];

    /// <summary>Identifies the audited operation; recorded with the change (see <see cref="IGraphStore.VersionOfChangeAsync"/>).</summary>
    public string? ChangeKey { get; init; }

    public static Removal Enterprise(string id) => new([id], []);

    public static Removal Project(string id) => new([], [], [id]);

    public static Removal Supply(string supplierId, string customerId, string segmentId) =>
        new([], [new SupplyKey(supplierId, customerId, segmentId)]);
}

/// <summary>Identifies a supply relation.</summary>
public sealed record SupplyKey(string SupplierId, string CustomerId, string SegmentId);
