namespace ChainGraph.Analysis.Graph;

/// <summary>
/// Node ids as a shared list followed by a few more: a chain graph's enterprises (the dataset's id column, a million
/// at scale, never copied) and then its segment source nodes.
/// </summary>
internal sealed class AppendedIds(IReadOnlyList<string> first, IReadOnlyList<string> then) : IReadOnlyList<string>
{
    public int Count => first.Count + then.Count;

    public string this[int index] => index < first.Count ? first[index] : then[index - first.Count];

    public IEnumerator<string> GetEnumerator() => first.Concat(then).GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
