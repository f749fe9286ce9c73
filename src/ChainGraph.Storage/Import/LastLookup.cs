namespace ChainGraph.Storage.Import;

/// <summary>
/// The last id resolved and what it resolved to. Import files list a customer's suppliers together, so the same customer
/// id comes row after row: comparing it with the last one skips a lookup in the dictionary of every enterprise, which at
/// a million firms is a cache miss per row (perf, issue 16). Remember only lasting answers (an id found, not a miss).
/// </summary>
internal sealed class LastLookup
{
    private string? _id;
    private long _value;

    /// <summary>The value remembered for <paramref name="id"/>, if it is the last id remembered.</summary>
    public bool TryGet(string id, out long value)
    {
        value = _value;
        return _id is not null && string.Equals(id, _id, StringComparison.Ordinal);
    }

    public void Remember(string id, long value) => (_id, _value) = (id, value);

    /// <summary>The remembered value when <paramref name="id"/> is the last id, otherwise <paramref name="lookup"/>'s (then remembered).</summary>
    public long Resolve(string id, Func<string, long> lookup)
    {
        if (TryGet(id, out var value)) return value;
        value = lookup(id);
        Remember(id, value);
        return value;
    }
}
