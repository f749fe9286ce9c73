using ChainGraph.Domain;
using ChainGraph.Storage.Import;

namespace ChainGraph.Storage;

/// <summary>
/// A graph store: the embedded <see cref="Sqlite.SqliteGraphStore"/> or a server (Neo4j). Writes are
/// all-or-nothing; readers never see a half-written import. Implementations are safe to use from one
/// thread at a time; open one per thread (or per request) for concurrency. Every operation that reaches the store is
/// asynchronous and takes a cancellation token; the embedded store completes them synchronously (SQLite has no
/// asynchronous I/O), a server store never blocks a thread on the network.
/// </summary>
public interface IGraphStore : IDisposable
{
    /// <summary>Where the store is, for messages (a file path or a server URI without credentials).</summary>
    string Location { get; }

    /// <summary>The data version: increases with every committed change; equal versions mean equal contents.</summary>
    Task<long> GetVersionAsync(CancellationToken cancellationToken = default);

    /// <summary>How many records of each kind the store holds.</summary>
    Task<StoreStats> GetStatsAsync(CancellationToken cancellationToken = default);

    /// <summary>Loads everything the store holds, for analysis.</summary>
    Task<Dataset> LoadDatasetAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Upserts a validated import in one transaction: either every record is written or none is
    /// (on any exception, including cancellation). Records equal to the stored ones are left untouched,
    /// so importing the same files twice changes nothing the second time.
    /// </summary>
    Task<IReadOnlyList<WriteCounts>> WriteAsync(ImportPlan plan, CancellationToken cancellationToken = default);

    /// <summary>
    /// Where an import may keep, for <see cref="WriteAsync"/>, the memberships and supplies it validated
    /// (<see cref="ImportPlan"/>; sorted runs beyond a bound spill into temporary files there), so the store writes them
    /// without parsing those files again; null (the default) when the store reads the files again as it writes.
    /// </summary>
    string? ValidatedRowsDirectory => null;

    /// <summary>
    /// The files the store holds unchanged at its current data version, recorded by an import that raised no issue at all:
    /// content hash (XxHash3 of the file's bytes) and row count, by kind. Importing exactly these contents again changes
    /// nothing and would report nothing, so <see cref="Importer"/> answers it without parsing a row. Empty (the default)
    /// when the store keeps no such record.
    /// </summary>
    Task<IReadOnlyDictionary<RecordKind, ImportedFile>> CleanImportsAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyDictionary<RecordKind, ImportedFile>>(new Dictionary<RecordKind, ImportedFile>());

    /// <summary>
    /// Removes the enterprises (with everything that refers to them) and supply relations of <paramref name="removal"/>
    /// in one transaction; returns the number of records removed (0 changes nothing, not even the version).
    /// </summary>
    /// <exception cref="NotSupportedException">The store cannot remove records.</exception>
    Task<long> RemoveAsync(Removal removal, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException($"{GetType().Name} cannot remove records");

    /// <summary>
    /// The data version the change with <paramref name="changeKey"/> (<see cref="ImportPlan.ChangeKey"/>,
    /// <see cref="Removal.ChangeKey"/>) committed as, or null when no such change committed (a write that changed
    /// nothing records none). Stores record the key in the change's own transaction.
    /// </summary>
    /// <exception cref="NotSupportedException">The store does not record change keys.</exception>
    Task<long?> VersionOfChangeAsync(string changeKey, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException($"{GetType().Name} does not record change keys");
}
