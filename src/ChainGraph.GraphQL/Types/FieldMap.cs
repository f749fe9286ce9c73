using System.Collections.Frozen;

namespace ChainGraph.GraphQL.Types;

/// <summary>
/// An ordered, read-only collection of named members (fields, arguments, values) with O(1) lookup by name.
/// Immutable and thread-safe.
/// </summary>
public sealed class FieldMap<T> : IReadOnlyList<T>
    where T : class
{
    private readonly T[] _items;
    private readonly FrozenDictionary<string, T> _byName;

    /// <summary>Creates the map; later duplicates of a name are ignored for lookup.</summary>
    public FieldMap(IEnumerable<T> items, Func<T, string> name)
    {
        _items = items.ToArray();
        var byName = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in _items)
        {
            byName.TryAdd(name(item), item);
        }

        _byName = byName.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>An empty map.</summary>
    public static FieldMap<T> Empty { get; } = new([], _ => string.Empty);

    /// <inheritdoc />
    public int Count => _items.Length;

    /// <inheritdoc />
    public T this[int index] => _items[index];

    /// <summary>The member with the given name, or null.</summary>
    public T? this[string name] => _byName.GetValueOrDefault(name);

    /// <summary>Looks a member up by name.</summary>
    public bool TryGetValue(string name, out T value) => _byName.TryGetValue(name, out value!);

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    /// <inheritdoc />
    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => _items.GetEnumerator();
}
