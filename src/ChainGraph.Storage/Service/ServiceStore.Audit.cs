using System.Globalization;
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
    public AuditEntry AppendAudit(string keyId, string keyName, string role, string operation, string? target, string? details,
        string status = AuditStatus.Committed, string? changeKey = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(keyId);
        ArgumentException.ThrowIfNullOrEmpty(operation);
        if (details is not null) RequireJson(details);
        var at = Now();
        using var connection = Connect();
        using var insert = Sql.Prepare(connection,
            "INSERT INTO audit_log (at, key_id, key_name, role, operation, target, details, status, change_key) VALUES ($at, $keyId, $keyName, $role, $operation, $target, $details, $status, $changeKey)",
            "at", "keyId", "keyName", "role", "operation", "target", "details", "status", "changeKey");
        object?[] values = [at, keyId, keyName, role, operation, Sql.Value(target), Sql.Value(details), status, Sql.Value(changeKey)];
        for (var i = 0; i < values.Length; i++) insert.Parameters[i].Value = values[i];
        insert.ExecuteNonQuery();
        var id = Convert.ToInt64(Sql.Scalar(connection, "SELECT last_insert_rowid()"), CultureInfo.InvariantCulture);
        return new AuditEntry(id, Parse(at), keyId, keyName, role, operation, target, details, status, changeKey);
    }

    /// <summary>Records how the entry <paramref name="id"/> (written as <see cref="AuditStatus.Pending"/>) ended.</summary>
    public void CompleteAudit(long id, string status, long? dataVersion, string? details)
    {
        if (details is not null) RequireJson(details);
        using var connection = Connect();
        using var update = Sql.Prepare(connection,
            "UPDATE audit_log SET status = $status, data_version = $version, details = coalesce($details, details) WHERE id = $id",
            "status", "version", "details", "id");
        object?[] values = [status, Sql.Value(dataVersion), Sql.Value(details), id];
        for (var i = 0; i < values.Length; i++) update.Parameters[i].Value = values[i];
        update.ExecuteNonQuery();
    }

    /// <summary>Entries still <see cref="AuditStatus.Pending"/> (their write never reported back), oldest first.</summary>
    public IReadOnlyList<AuditEntry> PendingAudits()
    {
        using var connection = Connect();
        using var select = Sql.Prepare(connection, $"SELECT {Columns} FROM audit_log WHERE status = 'pending' ORDER BY id");
        return Sql.Rows(select, ReadEntry);
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
            $"SELECT {Columns} FROM audit_log WHERE id < $after ORDER BY id DESC LIMIT $limit",
            "after", "limit");
        select.Parameters[0].Value = after ?? long.MaxValue;
        select.Parameters[1].Value = first + 1;
        var entries = Sql.Rows(select, ReadEntry);
        var hasNext = entries.Count > first;
        if (hasNext) entries.RemoveAt(first);
        return new AuditPage(entries, hasNext);
    }

    private const string Columns = "id, at, key_id, key_name, role, operation, target, details, status, change_key, data_version";

    private static AuditEntry ReadEntry(SqliteDataReader reader) => new(
        reader.GetInt64(0), Parse(reader.GetString(1)), reader.GetString(2), reader.GetString(3), reader.GetString(4),
        reader.GetString(5), StringOrNull(reader, 6), StringOrNull(reader, 7), reader.GetString(8), StringOrNull(reader, 9),
        reader.IsDBNull(10) ? null : reader.GetInt64(10));

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
