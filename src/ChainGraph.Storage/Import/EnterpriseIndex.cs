using ChainGraph.Domain.Tables;

namespace ChainGraph.Storage.Import;

/// <summary>
/// Dense indices for enterprise ids (the store's rows first, then the import's new ids), with their annual output. The
/// store's firms are found through its table's own id index, not copied into a dictionary of a million strings.
/// </summary>
internal sealed class EnterpriseIndex(EnterpriseTable existing)
{
    private readonly Dictionary<string, int> _added = new(StringComparer.Ordinal);
    private readonly Dictionary<int, double> _changedOutput = [];
    private readonly List<double> _addedOutput = [];

    public int Count => existing.Count + _added.Count;

    public void Add(string id, double output)
    {
        var index = IndexOf(id);
        if (index < 0)
        {
            _added[id] = Count;
            _addedOutput.Add(output);
        }
        else if (index < existing.Count) _changedOutput[index] = output;
        else _addedOutput[index - existing.Count] = output;
    }

    /// <summary>
    /// The id of every index: the store's ids as its table holds them, the new ones packed into UTF-8 (at 10M new firms
    /// ~200 MB instead of ~640 MB of strings kept for the write).
    /// </summary>
    public IndexIds Ids()
    {
        var added = new string[_added.Count];
        foreach (var (id, index) in _added) added[index - existing.Count] = id;
        return new IndexIds(existing.Ids, Utf8Texts.From(added));
    }

    public int IndexOf(string id) => existing.RowOf(id) is var row and >= 0 ? row : _added.GetValueOrDefault(id, -1);

    public double Output(int index) =>
        index >= existing.Count ? _addedOutput[index - existing.Count]
        : _changedOutput.TryGetValue(index, out var changed) ? changed : existing.Output(index);
}
