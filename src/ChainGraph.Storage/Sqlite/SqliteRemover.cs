using Microsoft.Data.Sqlite;

namespace ChainGraph.Storage.Sqlite;

/// <summary>
/// Deletes enterprises (and what refers to them: the projects they lead; as partners they leave the list) supply relations and projects
/// inside the caller's transaction.
/// </summary>
internal sealed class SqliteRemover(SqliteConnection connection)
{
    private static readonly string[] Dependents =
    [
        "DELETE FROM events WHERE enterprise = (SELECT rowid FROM enterprises WHERE id = $id)",
        "DELETE FROM enterprise_segments WHERE enterprise = (SELECT rowid FROM enterprises WHERE id = $id)",
        "DELETE FROM supplies WHERE supplier = (SELECT rowid FROM enterprises WHERE id = $id)",
        "DELETE FROM supplies WHERE customer = (SELECT rowid FROM enterprises WHERE id = $id)",
        "DELETE FROM projects WHERE lead_enterprise_id = $id",
        "UPDATE projects SET partners = trim(replace(';' || partners || ';', ';' || $id || ';', ';'), ';') WHERE ';' || partners || ';' LIKE '%;' || $id || ';%'",
        "DELETE FROM enterprises WHERE id = $id",
    ];

    public long Remove(Removal removal, CancellationToken token)
    {
        long removed = 0;
        foreach (var id in removal.EnterpriseIds)
        {
            token.ThrowIfCancellationRequested();
            foreach (var sql in Dependents) removed += Run(sql, ("id", id));
        }
        foreach (var supply in removal.Supplies)
        {
            token.ThrowIfCancellationRequested();
            removed += Run("""
                DELETE FROM supplies WHERE customer = (SELECT rowid FROM enterprises WHERE id = $customer)
                  AND supplier = (SELECT rowid FROM enterprises WHERE id = $supplier)
                  AND segment = (SELECT rowid FROM segments WHERE id = $segment)
                """, ("customer", supply.CustomerId), ("supplier", supply.SupplierId), ("segment", supply.SegmentId));
        }
        foreach (var id in removal.Projects)
        {
            token.ThrowIfCancellationRequested();
            removed += Run("DELETE FROM projects WHERE id = $id", ("id", id));
        }
        return removed;
    }

    private int Run(string sql, params (string Name, string Value)[] parameters)
    {
        using var command = Sql.Prepare(connection, sql, [.. parameters.Select(p => p.Name)]);
        for (var i = 0; i < parameters.Length; i++) command.Parameters[i].Value = parameters[i].Value;
        return command.ExecuteNonQuery();
    }
}
