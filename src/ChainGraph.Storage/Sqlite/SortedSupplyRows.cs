using System.Runtime.InteropServices;

namespace ChainGraph.Storage.Sqlite;

/// <summary>
/// Supply rows put into the <c>supplies</c> table's key order in bounded memory: up to <c>chunkRows</c> rows are held and
/// sorted in memory; past that, each full chunk is sorted and spilled to a temporary file in <c>directory</c>, and
/// <see cref="Sorted"/> merges the runs. An import of the usual size never spills, so it sorts exactly as one array did.
/// </summary>
/// <remarks>
/// 100M rows held whole took 5.6 GB (56 bytes each) plus the copy that building the array makes; spilled in chunks
/// of <see cref="DefaultChunkRows"/> they take one chunk (~900 MB) and a 4 MB read buffer per run.
/// </remarks>
internal sealed class SortedSupplyRows(string directory, int chunkRows = SortedSupplyRows.DefaultChunkRows) : IDisposable
{
    /// <summary>Rows sorted in memory before a chunk is spilled: 16M (896 MB), above the 10M-row benchmark's file.</summary>
    public const int DefaultChunkRows = 1 << 24;

    private readonly List<SupplyRow> _chunk = [];
    private readonly List<FileStream> _runs = [];

    /// <summary>How many runs have been spilled to disk so far.</summary>
    public int SpilledRuns => _runs.Count;

    public void Add(SupplyRow row)
    {
        if (_chunk.Count == chunkRows) Spill();
        _chunk.Add(row);
    }

    /// <summary>Every row added, in key order; call once, after the last <see cref="Add"/>.</summary>
    public IEnumerable<SupplyRow> Sorted()
    {
        var rows = CollectionsMarshal.AsSpan(_chunk);
        rows.Sort();
        if (_runs.Count == 0) return _chunk;
        return Merge([.. _runs.Select(SupplyRunFile.Read), _chunk.GetEnumerator()]);
    }

    public void Dispose()
    {
        foreach (var run in _runs) run.Dispose();
        _runs.Clear();
    }

    private void Spill()
    {
        var rows = CollectionsMarshal.AsSpan(_chunk);
        rows.Sort();
        _runs.Add(SupplyRunFile.Write(directory, rows));
        _chunk.Clear();
    }

    private static IEnumerable<SupplyRow> Merge(IEnumerator<SupplyRow>[] runs)
    {
        var heads = new PriorityQueue<IEnumerator<SupplyRow>, SupplyRow>(runs.Length);
        foreach (var run in runs)
        {
            if (run.MoveNext()) heads.Enqueue(run, run.Current);
        }
        while (heads.TryPeek(out var run, out var row))
        {
            yield return row;
            if (run.MoveNext()) heads.DequeueEnqueue(run, run.Current);
            else heads.Dequeue();
        }
    }
}
