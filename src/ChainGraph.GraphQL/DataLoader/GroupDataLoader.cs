namespace ChainGraph.GraphQL.DataLoader;

/// <summary>
/// A 1:n loader: every key maps to an array of values (empty when none), fetched in batches as an
/// <see cref="ILookup{TKey,TElement}"/>. Thread-safe; create one per request.
/// </summary>
public sealed class GroupDataLoader<TKey, TValue> : DataLoaderBase<TKey, TValue[]>
    where TKey : notnull
{
    private readonly Func<IReadOnlyList<TKey>, CancellationToken, ValueTask<ILookup<TKey, TValue>>> _fetch;

    /// <summary>Creates the loader around a batch function returning the values grouped by key.</summary>
    public GroupDataLoader(Func<IReadOnlyList<TKey>, CancellationToken, ValueTask<ILookup<TKey, TValue>>> fetch, IEqualityComparer<TKey>? comparer = null)
        : base(comparer)
    {
        _fetch = fetch;
    }

    /// <inheritdoc />
    protected override TValue[] MissingValue => [];

    /// <inheritdoc />
    protected override async ValueTask<IReadOnlyDictionary<TKey, TValue[]>> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        var lookup = await _fetch(keys, cancellationToken).ConfigureAwait(false);
        return lookup.ToDictionary(g => g.Key, g => g.ToArray());
    }
}
