using System.Runtime.InteropServices;

namespace ChainGraph.Storage.Import;

/// <summary>
/// Rows put into their order in bounded memory: up to <c>chunkRows</c> rows are held and sorted in memory; past that,
/// each full chunk is sorted and spilled to a temporary file in <c>directory</c> (<see cref="SortedRunFile"/>), and
/// <see cref="Sorted"/> merges the runs. An import of the usual size never spills, so it sorts exactly as one array did.
/// </summary>
/// <remarks>
/// 100M supply rows held whole took 5.6 GB (56 bytes each) plus the copy that building the array makes; spilled in
/// chunks of <see cref="DefaultChunkRows"/> they take one chunk (~900 MB) and a read buffer per run.
/// </remarks>
/// <typeparam name="T">A row: plain data (it is written to disk as its bytes in memory), ordered by its comparison.</typeparam>
internal sealed class SortedRows<T>(string directory, int chunkRows = SortedRows<T>.DefaultChunkRows) : IDisposable
    where T : unmanaged, IComparable<T>
{
    /// <summary>Rows sorted in memory before a chunk is spilled: 16M, above the 10M-row benchmark's supplies file.</summary>
    public const int DefaultChunkRows = 1 << 24;

    private readonly List<T> _chunk = [];
    private readonly List<FileStream> _runs = [];
    private bool _sorted;

    /// <summary>How many runs have been spilled to disk so far.</summary>
    public int SpilledRuns { get; private set; }

    /// <summary>How many rows have been added.</summary>
    public long Count { get; private set; }

    /// <summary>Makes room in memory for <paramref name="rows"/> rows (at most a chunk) at once, instead of growing as they come.</summary>
    public void Reserve(int rows) => _chunk.EnsureCapacity(Math.Min(rows, chunkRows));

    public void Add(T row)
    {
        _sorted = false;
        if (_chunk.Count == chunkRows) Spill();
        _chunk.Add(row);
        Count++;
    }

    /// <summary>Sorts the rows held in memory, which <see cref="Sorted"/> would otherwise do first (so it may run earlier).</summary>
    public void Sort()
    {
        if (_sorted) return;
        CollectionsMarshal.AsSpan(_chunk).Sort();
        _sorted = true;
    }

    /// <summary>Every row added, in order; call once, after the last <see cref="Add"/>.</summary>
    public IEnumerable<T> Sorted()
    {
        Sort();
        if (_runs.Count == 0) return _chunk;
        return Merge([.. _runs.Select(SortedRunFile.Read<T>), _chunk.GetEnumerator()]);
    }

    /// <summary>Lets go of the rows held in memory and deletes the spilled runs.</summary>
    public void Dispose()
    {
        foreach (var run in _runs) run.Dispose();
        _runs.Clear();
        _chunk.Clear();
        _chunk.TrimExcess();
    }

    private void Spill()
    {
        var rows = CollectionsMarshal.AsSpan(_chunk);
        rows.Sort();
        _runs.Add(SortedRunFile.Write<T>(directory, rows));
        SpilledRuns++;
        _chunk.Clear();
    }

    private static IEnumerable<T> Merge(IEnumerator<T>[] runs)
    {
        var heads = new PriorityQueue<IEnumerator<T>, T>(runs.Length);
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
