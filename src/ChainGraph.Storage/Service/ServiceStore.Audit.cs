using System.Text.Json;
using ChainGraph.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace ChainGraph.Storage.Service;

public sealed partial class ServiceStore
{
    /// <summary>Largest page <see cref="ReadAudit"/> returns.</summary>
    public const int MaxAuditPage = 1000;

    /// <summary>
    /// Appends one entry, stamped with the current time, and returns it. <paramref name="details"/>, when given, must be
    /// a JSON text; it is stored as given.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="details"/> is not JSON, or a required field is empty.</exception>
    public AuditEntry AppendAudit(string keyId, string keyName, string role, string operation, string? target, string? details)
    {
        ArgumentException.ThrowIfNullOrEmpty(keyId);
        ArgumentException.ThrowIfNullOrEmpty(operation);
        if (details is not null) RequireJson(details);
        var at = Now();
        using var connection = Connect();
        using var insert = Sql.Prepare(connection,
            "INSERT INTO audit_log (at, key_id, key_name, role, operation, target, details) VALUES ($at, $keyId, $keyName, $role, $operation, $target, $details)",
            "at", "keyId", "keyName", "role", "operation", "target", "details");
        object?[] values = [at, keyId, keyName, role, operation, Sql.Value(target), Sql.Value(details)];
        for (var i = 0; i < values.Length; i++) insert.Parameters[i].Value = values[i];
        insert.ExecuteNonQuery();
        var id = Convert.ToInt64(Sql.Scalar(connection, "SELECT last_insert_rowid()"));
        return new AuditEntry(id, Parse(at), keyId, keyName, role, operation, target, details);
    }

    /// <summary>
    /// Up to <paramref name="first"/> entries (0 to <see cref="MaxAuditPage"/>), newest first, older than the entry
    /// <paramref name="after"/> (an <see cref="AuditEntry.Id"/>, usually the previous page's <see cref="AuditPage.EndCursor"/>).
    /// </summary>
    public AuditPage ReadAudit(int first, long? after = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(first);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(first, MaxAuditPage);
        using var connection = Connect();
        using var select = Sql.Prepare(connection,
            "SELECT id, at, key_id, key_name, role, operation, target, details FROM audit_log WHERE id < $after ORDER BY id DESC LIMIT $limit",
            "after", "limit");
        select.Parameters[0].Value = after ?? long.MaxValue;
        select.Parameters[1].Value = first + 1;
        using var reader = select.ExecuteReader();
        var entries = new List<AuditEntry>(first);
        while (reader.Read()) entries.Add(ReadEntry(reader));
        var hasNext = entries.Count > first;
        if (hasNext) entries.RemoveAt(first);
        return new AuditPage(entries, hasNext);
    }

    private static AuditEntry ReadEntry(SqliteDataReader reader) => new(
        reader.GetInt64(0), Parse(reader.GetString(1)), reader.GetString(2), reader.GetString(3), reader.GetString(4),
        reader.GetString(5), StringOrNull(reader, 6), StringOrNull(reader, 7));

    private static void RequireJson(string details)
    {
        try
        {
            using var _ = JsonDocument.Parse(details);
        }
        catch (JsonException e)
        {
            throw new ArgumentException("audit details must be JSON", nameof(details), e);
        }
    }
}
