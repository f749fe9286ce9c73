namespace ChainGraph.GraphQL.DataLoader;

/// <summary>
/// Per-request batching and caching of keyed loads. <see cref="LoadAsync(TKey)"/> queues a key and returns a task
/// that completes when the executor dispatches the batch (when every runnable resolver is waiting). Each key is
/// fetched at most once per loader instance, so results stay consistent within a request. Thread-safe.
/// </summary>
public abstract class DataLoaderBase<TKey, TValue> : IDataLoader
    where TKey : notnull
{
    private readonly object _gate = new();
    private readonly Dictionary<TKey, TaskCompletionSource<TValue>> _cache;
    private List<TKey> _pending = [];

    /// <summary>Creates the loader.</summary>
    protected DataLoaderBase(IEqualityComparer<TKey>? comparer = null)
    {
        _cache = new Dictionary<TKey, TaskCompletionSource<TValue>>(comparer);
    }

    /// <inheritdoc />
    public event Action? KeysQueued;

    /// <inheritdoc />
    public bool HasPendingKeys
    {
        get
        {
            lock (_gate)
            {
                return _pending.Count > 0;
            }
        }
    }

    /// <summary>How many batches this loader has fetched.</summary>
    public int BatchCount { get; private set; }

    /// <summary>Loads one key (from the cache or the next batch).</summary>
    public Task<TValue> LoadAsync(TKey key)
    {
        bool first;
        TaskCompletionSource<TValue>? source;
        lock (_gate)
        {
            if (_cache.TryGetValue(key, out source))
            {
                return source.Task;
            }

            source = new TaskCompletionSource<TValue>();
            _cache.Add(key, source);
            first = _pending.Count == 0;
            _pending.Add(key);
        }

        if (first)
        {
            KeysQueued?.Invoke();
        }

        return source.Task;
    }

    /// <summary>Loads several keys, preserving their order.</summary>
    public async Task<IReadOnlyList<TValue>> LoadAsync(IEnumerable<TKey> keys)
    {
        var tasks = keys.Select(LoadAsync).ToArray();
        return await Task.WhenAll(tasks).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task DispatchAsync(CancellationToken cancellationToken)
    {
        List<TKey> batch;
        lock (_gate)
        {
            if (_pending.Count == 0)
            {
                return;
            }

            batch = _pending;
            _pending = [];
            BatchCount++;
        }

        try
        {
            var results = await FetchAsync(batch, cancellationToken).ConfigureAwait(false);
            Complete(batch, results);
        }
        catch (Exception ex)
        {
            Fail(batch, ex);
        }
    }

    /// <summary>Fetches one batch; keys missing from the result get <see cref="MissingValue"/>.</summary>
    protected abstract ValueTask<IReadOnlyDictionary<TKey, TValue>> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    /// <summary>The value for a key the batch did not return.</summary>
    protected abstract TValue MissingValue { get; }

    private TaskCompletionSource<TValue> SourceFor(TKey key)
    {
        lock (_gate)
        {
            return _cache[key];
        }
    }

    private void Complete(List<TKey> batch, IReadOnlyDictionary<TKey, TValue> results)
    {
        foreach (var key in batch)
        {
            SourceFor(key).TrySetResult(results.TryGetValue(key, out var value) ? value : MissingValue);
        }
    }

    private void Fail(List<TKey> batch, Exception exception)
    {
        foreach (var key in batch)
        {
            SourceFor(key).TrySetException(exception);
        }
    }
}
