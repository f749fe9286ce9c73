using ChainGraph.Storage.Import;

namespace ChainGraph.Storage.Sqlite;

/// <summary>
/// The row id of each of a validator's indices into one table (<see cref="ValidatedRows"/>), resolved once per enterprise
/// or segment inside the write's transaction rather than once per row.
/// </summary>
internal sealed class IndexRowIds
{
    private readonly long[] _rows;
    private readonly IndexIds _ids;
    private readonly string _what;

    /// <param name="ids">The id of each index.</param>
    /// <param name="rowIds">The table's row id of each id it holds.</param>
    /// <param name="what">What the ids name, for the message when one is gone.</param>
    public IndexRowIds(IndexIds ids, Dictionary<string, long> rowIds, string what)
    {
        (_ids, _what, _rows) = (ids, what, new long[ids.Count]);
        for (var i = 0; i < _rows.Length; i++) _rows[i] = rowIds.TryGetValue(ids[i], out var row) ? row : -1;
    }

    /// <exception cref="InvalidDataException">The store no longer holds the index's id (it changed after validation).</exception>
    public long this[int index] => _rows[index] >= 0
        ? _rows[index]
        : throw new InvalidDataException($"the store changed after validation: {_what} '{_ids[index]}' is gone");
}
