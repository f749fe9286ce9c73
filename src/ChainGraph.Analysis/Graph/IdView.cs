namespace ChainGraph.Analysis.Graph;

/// <summary>
/// Node ids computed when read: a graph over a subset of the dataset's firms (a chain, an owner's upstream) names its
/// nodes through the dataset's id column instead of copying a string per node.
/// </summary>
internal sealed class IdView(int count, Func<int, string> id) : IReadOnlyList<string>
{
    public int Count => count;

    public string this[int index] =>
        (uint)index < (uint)count ? id(index) : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<string> GetEnumerator()
    {
        for (var i = 0; i < count; i++) yield return id(i);
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
