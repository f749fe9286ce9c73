using ChainGraph.Storage.Import;

namespace ChainGraph.Storage;

/// <summary>What an import did to one kind of record.</summary>
public sealed record WriteCounts(RecordKind Kind, long Inserted, long Updated, long Unchanged)
{
    public long Written => Inserted + Updated + Unchanged;
}
