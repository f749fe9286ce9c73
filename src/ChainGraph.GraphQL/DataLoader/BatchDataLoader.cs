namespace ChainGraph.GraphQL.DataLoader;

/// <summary>
/// A 1:1 loader: one value (or null) per key, fetched in batches by a delegate. Thread-safe; create one per request
/// (for example with <see cref="Execution.ResolveContext.Loader{TKey,TValue}"/>).
/// </summary>
public sealed class BatchDataLoader<TKey, TValue> : DataLoaderBase<TKey, TValue?>
    where TKey : notnull
{
    private readonly Func<IReadOnlyList<TKey>, CancellationToken, ValueTask<IReadOnlyDictionary<TKey, TValue>>> _fetch;

    /// <summary>Creates the loader around a batch function returning a value per found key.</summary>
    public BatchDataLoader(Func<IReadOnlyList<TKey>, CancellationToken, ValueTask<IReadOnlyDictionary<TKey, TValue>>> fetch, IEqualityComparer<TKey>? comparer = null)
        : base(comparer)
    {
        _fetch = fetch;
    }

    /// <inheritdoc />
    protected override TValue? MissingValue => default;

    /// <inheritdoc />
    protected override async ValueTask<IReadOnlyDictionary<TKey, TValue?>> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        var found = await _fetch(keys, cancellationToken).ConfigureAwait(false);
        return found.ToDictionary(p => p.Key, p => (TValue?)p.Value);
    }
}
