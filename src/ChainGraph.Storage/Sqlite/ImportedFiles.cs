using System.Globalization;
using System.IO.Hashing;
using ChainGraph.Storage.Import;
using Microsoft.Data.Sqlite;

namespace ChainGraph.Storage.Sqlite;

/// <summary>
/// What the store knows about the files it last imported: one <c>meta</c> row per kind, <c>file:KIND</c> =
/// <c>VERSION HASH ROWS</c> (and <c>clean</c> when that import raised no issue), meaning "at data version VERSION the store
/// holds every row of the file whose content hash is HASH, unchanged". Any later change bumps the data version and so
/// voids the row, so importing the same file again is known to change nothing without reading it a second time (issue
/// 16: re-import of unchanged files), and when every file of an import is known so, cleanly, without validating it
/// either (<see cref="Importer"/>). The hash also covers the build of the code that parses the files, and a schema
/// migration forgets every row, so a newer program or schema never trusts what an older one read.
/// </summary>
internal static class ImportedFiles
{
    /// <summary>
    /// The file's row count when importing content <paramref name="hash"/> at <paramref name="version"/> changes nothing; otherwise null.
    /// </summary>
    public static long? UnchangedRows(SqliteConnection connection, RecordKind kind, ulong hash, long version)
    {
        using var find = Sql.Prepare(connection, "SELECT value FROM meta WHERE key = $key", "key");
        find.Parameters[0].Value = Key(kind);
        if (find.ExecuteScalar() is not string value) return null;
        var parts = value.Split(' ');
        return parts.Length is 3 or 4 && parts[0] == Number(version) && parts[1] == Hash(hash)
            ? long.Parse(parts[2], CultureInfo.InvariantCulture)
            : null;
    }

    /// <summary>The files recorded at <paramref name="version"/> by an import that raised no issue (<see cref="Record"/>'s
    /// <c>clean</c>), by kind.</summary>
    public static IReadOnlyDictionary<RecordKind, ImportedFile> CleanAt(SqliteConnection connection, long version)
    {
        var files = new Dictionary<RecordKind, ImportedFile>();
        using var all = connection.CreateCommand();
        all.CommandText = "SELECT key, value FROM meta WHERE key LIKE 'file:%'";
        using var rows = all.ExecuteReader();
        while (rows.Read())
        {
            var parts = rows.GetString(1).Split(' ');
            if (parts is [var at, var hash, var count, Clean] && at == Number(version)
                && Enum.TryParse<RecordKind>(rows.GetString(0)["file:".Length..], out var kind))
                files[kind] = new ImportedFile(ulong.Parse(hash, NumberStyles.HexNumber, CultureInfo.InvariantCulture) ^ Build,
                    long.Parse(count, CultureInfo.InvariantCulture));
        }
        return files;
    }

    /// <summary>Forgets every file (after a schema migration).</summary>
    public static void Forget(SqliteConnection connection) => Sql.Execute(connection, "DELETE FROM meta WHERE key LIKE 'file:%'");

    /// <summary>
    /// Records that the store, at <paramref name="version"/>, holds the <paramref name="rows"/> rows of content <paramref name="hash"/>;
    /// <paramref name="clean"/> when the import that wrote them raised no issue, not even a warning.
    /// </summary>
    public static void Record(SqliteConnection connection, RecordKind kind, ulong hash, long rows, long version, bool clean)
    {
        using var record = Sql.Prepare(connection,
            "INSERT INTO meta (key, value) VALUES ($key, $value) ON CONFLICT (key) DO UPDATE SET value = excluded.value", "key", "value");
        record.Parameters[0].Value = Key(kind);
        record.Parameters[1].Value = $"{Number(version)} {Hash(hash)} {Number(rows)}" + (clean ? $" {Clean}" : "");
        record.ExecuteNonQuery();
    }

    private const string Clean = "clean";

    private static string Key(RecordKind kind) => $"file:{kind}";

    private static string Hash(ulong hash) => (hash ^ Build).ToString("x16", CultureInfo.InvariantCulture);

    // The parsing code's identity: the module version ids of Storage and Domain (deterministic builds keep them per source).
    private static readonly ulong Build = XxHash3.HashToUInt64(
        [.. typeof(ImportedFiles).Module.ModuleVersionId.ToByteArray(), .. typeof(Domain.Dataset).Module.ModuleVersionId.ToByteArray()]);

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
