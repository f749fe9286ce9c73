namespace ChainGraph.Storage.Import;

/// <summary>
/// The memberships and supplies an import's validation accepted, kept for the store's write so that those files are
/// parsed once: each row by the validator's enterprise and segment indices (<see cref="ValidatedMembership"/>,
/// <see cref="ValidatedSupply"/>), put into key order in bounded memory (<see cref="SortedRows{T}"/>: past a chunk, sorted
/// runs spill to temporary files in <c>directory</c>), with the ids those indices stand for. Disposing it lets go of the
/// rows and deletes the runs; it may be disposed more than once.
/// </summary>
/// <remarks>
/// Writing from the files instead parsed the 10M-row benchmark's supplies a second time and looked three ids up per row
/// in a dictionary of a million (~15 s of an 80–95 s import, issue 16). Enterprises are still read again: a kept firm
/// would be its whole record.
/// </remarks>
internal sealed class ValidatedRows(string directory, int chunkRows = SortedRows<ValidatedSupply>.DefaultChunkRows) : IDisposable
{
    /// <summary>The memberships kept, in (enterprise, segment) order once sorted.</summary>
    public SortedRows<ValidatedMembership> Memberships { get; } = new(directory, chunkRows);

    /// <summary>The supplies kept, in (customer, segment, supplier) order once sorted.</summary>
    public SortedRows<ValidatedSupply> Supplies { get; } = new(directory, chunkRows);

    /// <summary>The enterprise id of each enterprise index in the rows.</summary>
    public IndexIds EnterpriseIds { get; private set; } = IndexIds.Empty;

    /// <summary>The segment id of each segment index in the rows.</summary>
    public IndexIds SegmentIds { get; private set; } = IndexIds.Empty;

    /// <summary>Records the ids behind the indices, once the validator knows every one.</summary>
    public void Identify(IndexIds enterprises, IndexIds segments) => (EnterpriseIds, SegmentIds) = (enterprises, segments);

    public void Dispose()
    {
        Memberships.Dispose();
        Supplies.Dispose();
    }
}
