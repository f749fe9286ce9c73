using ChainGraph.Storage;
using Microsoft.Extensions.Options;

namespace ChainGraph.Api;

/// <summary>Opens a store per use (SQLite connections are cheap; WAL lets readers run beside a writer).</summary>
public sealed class StoreProvider(IOptions<StoreOptions> options)
{
    private readonly Lazy<string?> _path = new(() =>
    {
        // Opening once up front creates and seeds the default store before the first request.
        using var store = StoreFactory.Open(string.IsNullOrEmpty(options.Value.Path) ? null : options.Value.Path);
        return store.Location;
    });

    public IGraphStore Open() => StoreFactory.Open(_path.Value);
}
