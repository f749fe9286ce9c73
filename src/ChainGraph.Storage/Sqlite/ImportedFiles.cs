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
        return find.ExecuteScalar() is string value && Entry.Parse(value) is { } entry && entry.Version == version && entry.Hash == hash
            ? entry.Rows
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
            if (Entry.Parse(rows.GetString(1)) is { Clean: true } entry && entry.Version == version
                && Enum.TryParse<RecordKind>(rows.GetString(0)["file:".Length..], out var kind))
                files[kind] = new ImportedFile(entry.Hash, entry.Rows);
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
        record.Parameters[1].Value = new Entry(version, hash, rows, clean).ToString();
        record.ExecuteNonQuery();
    }

    private static string Key(RecordKind kind) => $"file:{kind}";

    // A `file:KIND` value, `VERSION HASH ROWS` with ` clean` after an import that raised no issue; the hash is stored mixed
    // with the build's identity, so another build reads a different hash.
    private sealed record Entry(long Version, ulong Hash, long Rows, bool Clean)
    {
        private const string CleanMark = "clean";

        public static Entry? Parse(string value) =>
            value.Split(' ') is [var version, var hash, var rows, .. var rest] && rest is [] or [CleanMark]
            && long.TryParse(version, NumberStyles.None, CultureInfo.InvariantCulture, out var v)
            && ulong.TryParse(hash, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var h)
            && long.TryParse(rows, NumberStyles.None, CultureInfo.InvariantCulture, out var r)
                ? new Entry(v, h ^ Build, r, rest is [_])
                : null;

        public override string ToString()
        {
            var text = $"{Number(Version)} {(Hash ^ Build).ToString("x16", CultureInfo.InvariantCulture)} {Number(Rows)}";
            return Clean ? $"{text} {CleanMark}" : text;
        }
    }

    // The parsing code's identity: the module version ids of Storage and Domain (deterministic builds keep them per source).
    private static readonly ulong Build = XxHash3.HashToUInt64(
        [.. typeof(ImportedFiles).Module.ModuleVersionId.ToByteArray(), .. typeof(Domain.Dataset).Module.ModuleVersionId.ToByteArray()]);

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
