namespace ChainGraph.Storage.Import;

/// <summary>The ids behind a validator's dense indices: the store's rows first, then the ids the import adds.</summary>
internal sealed class IndexIds(IReadOnlyList<string> stored, IReadOnlyList<string> added)
{
    public static IndexIds Empty { get; } = new([], []);

    public int Count => stored.Count + added.Count;

    public string this[int index] => index < stored.Count ? stored[index] : added[index - stored.Count];
}
