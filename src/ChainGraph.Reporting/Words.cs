using System.Collections;
using ChainGraph.Domain.Text;

namespace ChainGraph.Reporting;

/// <summary>
/// A bilingual word table: each key's words in Chinese and English, enumerated in the order given (a legend or a row of
/// figures reads them in that order). Keys are unique; asking for a key the table lacks is a bug and throws.
/// Immutable, thread-safe.
/// </summary>
internal sealed class Words<TKey> : IEnumerable<(TKey Key, Localized Words)> where TKey : notnull
{
    private readonly (TKey Key, Localized Words)[] _entries;
    private readonly Dictionary<TKey, Localized> _byKey;

    public Words(params (TKey Key, string Zh, string En)[] entries)
    {
        _entries = [.. entries.Select(e => (e.Key, new Localized(e.Zh, e.En)))];
        _byKey = new Dictionary<TKey, Localized>(_entries.Length);
        foreach (var (key, words) in _entries)
        {
            if (!_byKey.TryAdd(key, words)) throw new ArgumentException($"the word table has '{key}' twice", nameof(entries));
        }
    }

    public int Count => _entries.Length;

    public Localized this[TKey key] =>
        _byKey.TryGetValue(key, out var words) ? words : throw new KeyNotFoundException($"the word table has no words for '{key}'");

    /// <summary>The words for <paramref name="key"/> in <paramref name="language"/>.</summary>
    public string In(TKey key, Language language) => this[key].In(language);

    public IEnumerator<(TKey Key, Localized Words)> GetEnumerator() => ((IEnumerable<(TKey, Localized)>)_entries).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
