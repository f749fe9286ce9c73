namespace ChainGraph.GraphQL.DataLoader;

/// <summary>
/// The loaders of one request, keyed by name. The executor asks it to dispatch when no resolver can make progress;
/// loaders signal it when keys are queued so a waiting executor wakes up. Thread-safe.
/// </summary>
public sealed class DataLoaderScope
{
    private readonly object _gate = new();
    private readonly Dictionary<string, IDataLoader> _loaders = new(StringComparer.Ordinal);
    private readonly Action _onKeyQueued;

    internal DataLoaderScope(Action onKeyQueued)
    {
        _onKeyQueued = onKeyQueued;
    }

    /// <summary>True when any loader has queued keys.</summary>
    public bool HasPendingKeys
    {
        get
        {
            lock (_gate)
            {
                return _loaders.Values.Any(l => l.HasPendingKeys);
            }
        }
    }

    /// <summary>The loader registered under <paramref name="name"/>, created by <paramref name="create"/> on first use.</summary>
    public TLoader GetOrCreate<TLoader>(string name, Func<TLoader> create)
        where TLoader : class, IDataLoader
    {
        lock (_gate)
        {
            if (_loaders.TryGetValue(name, out var existing))
            {
                return existing as TLoader
                    ?? throw new InvalidOperationException($"DataLoader \"{name}\" was registered with type {existing.GetType().Name}, not {typeof(TLoader).Name}.");
            }

            var loader = create();
            loader.KeysQueued += _onKeyQueued;
            _loaders.Add(name, loader);
            return loader;
        }
    }

    /// <summary>Starts a batch on every loader with queued keys; completions continue asynchronously.</summary>
    public void DispatchPending(CancellationToken cancellationToken)
    {
        IDataLoader[] ready;
        lock (_gate)
        {
            ready = _loaders.Values.Where(l => l.HasPendingKeys).ToArray();
        }

        foreach (var loader in ready)
        {
            _ = loader.DispatchAsync(cancellationToken);
        }
    }
}
