namespace ChainGraph.Storage.Sqlite;

/// <summary>The files one SQLite store is made of (the database, its write-ahead log and shared-memory index).</summary>
public static class SqliteFiles
{
    public static IEnumerable<string> Of(string path) => [path, path + "-wal", path + "-shm"];

    public static void Delete(string path)
    {
        foreach (var file in Of(path)) File.Delete(file);
    }
}
