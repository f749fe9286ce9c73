using ChainGraph.Storage.Sqlite;

namespace ChainGraph.Benchmarks.Scale;

/// <summary>The scale-preset store a profile reads: `--store FILE` and its persisted snapshot beside it.</summary>
internal sealed record ScaleStore(string Path, long Version)
{
    public string SnapshotPath => Path + ".snapshot";

    /// <summary>The store named by <c>--store</c>, its data version read from the database.</summary>
    /// <exception cref="ArgumentException">No <c>--store</c> was given; <paramref name="usage"/> says how.</exception>
    public static ScaleStore From(string[] args, string usage)
    {
        var path = Option(args, "--store") ?? throw new ArgumentException("usage: " + usage);
        using var store = SqliteGraphStore.Open(path);
        return new ScaleStore(path, store.Version);
    }

    /// <summary>The value after <paramref name="name"/> in <paramref name="args"/>, or null.</summary>
    public static string? Option(string[] args, string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
}
