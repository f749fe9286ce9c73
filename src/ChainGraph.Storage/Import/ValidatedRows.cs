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
    private readonly SortedRows<ValidatedMembership> _memberships = new(directory, chunkRows);
    private readonly SortedRows<ValidatedSupply> _supplies = new(directory, chunkRows);
    private Task _sorting = Task.CompletedTask;

    /// <summary>The memberships kept, for adding; for reading, <see cref="SortedMemberships"/>.</summary>
    public SortedRows<ValidatedMembership> Memberships => _memberships;

    /// <summary>The supplies kept, for adding; for reading, <see cref="SortedSupplies"/>.</summary>
    public SortedRows<ValidatedSupply> Supplies => _supplies;

    /// <summary>
    /// Sorts the rows held in memory on the thread pool, once every row is added: the store writes the enterprises first
    /// (seconds at a million firms, on one core), and the rows are in order by the time it needs them. Nothing may be
    /// added afterwards.
    /// </summary>
    public void StartSorting() => _sorting = Task.Run(() =>
    {
        _memberships.Sort();
        _supplies.Sort();
    });

    /// <summary>The memberships in (enterprise, segment) order (waiting for <see cref="StartSorting"/>, if it runs).</summary>
    public IEnumerable<ValidatedMembership> SortedMemberships()
    {
        _sorting.GetAwaiter().GetResult();
        return _memberships.Sorted();
    }

    /// <summary>The supplies in (customer, segment, supplier) order (waiting for <see cref="StartSorting"/>, if it runs).</summary>
    public IEnumerable<ValidatedSupply> SortedSupplies()
    {
        _sorting.GetAwaiter().GetResult();
        return _supplies.Sorted();
    }

    /// <summary>The enterprise id of each enterprise index in the rows.</summary>
    public IndexIds EnterpriseIds { get; private set; } = IndexIds.Empty;

    /// <summary>The segment id of each segment index in the rows.</summary>
    public IndexIds SegmentIds { get; private set; } = IndexIds.Empty;

    /// <summary>Records the ids behind the indices, once the validator knows every one.</summary>
    public void Identify(IndexIds enterprises, IndexIds segments) => (EnterpriseIds, SegmentIds) = (enterprises, segments);

    /// <summary>Waits for a sort under way (its failure, if any, is the reader's to see), then lets go of the rows.</summary>
    public void Dispose()
    {
        try
        {
            _sorting.Wait();
        }
        catch (AggregateException)
        {
            // A failed sort has nothing to clean up; the write that needed the rows has already failed on it.
        }
        _memberships.Dispose();
        _supplies.Dispose();
    }
}
