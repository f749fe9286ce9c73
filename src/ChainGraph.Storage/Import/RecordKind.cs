namespace ChainGraph.Storage.Import;

/// <summary>The kinds of import file, in the order they are read (each may refer only to earlier kinds).</summary>
public enum RecordKind
{
    Chains,
    Segments,
    SegmentLinks,
    Enterprises,
    Memberships,
    Supplies,
    Events,
    Projects,
}
