namespace ChainGraph.Storage.Import;

/// <summary>The validation report and, when the import was accepted and written, what changed per kind.</summary>
public sealed record ImportOutcome(ImportReport Report, IReadOnlyList<WriteCounts>? Counts)
{
    public bool Written => Counts is not null;
}
