using System.Text.Json;
using ChainGraph.Api.Schema;
using ChainGraph.Storage;
using ChainGraph.Storage.Service;
using AuditEntry = ChainGraph.Api.Schema.AuditEntry;

namespace ChainGraph.Api.Security;

/// <summary>
/// The audit trail of changes made through the API, kept in the service database (<see cref="ServiceStore"/>), so it
/// survives store rebuilds and never travels with imported data. The service database is another file than the graph
/// store (which may be Neo4j, and SQLite's WAL mode makes transactions across attached files non-atomic), so a write is
/// audited as an intent before it starts and a completion after it ends; the intent's change key is written by the
/// store in the change's own transaction, and <see cref="ReconcileAsync"/> settles, at start-up, any intent a crash left
/// pending. So a committed change never lacks its entry. Each entry is also logged. Thread-safe; a singleton in DI,
/// also registered as <see cref="IAuditLog"/>.
/// </summary>
public sealed class AuditLog(ServiceStore store, ILogger<AuditLog> logger) : IAuditLog
{
    public AuditIntent Begin(Caller caller, string operation, string target)
    {
        var key = Guid.NewGuid().ToString("N");
        var entry = store.AppendAudit(caller.KeyId, caller.Name, RoleOf(caller), operation, target, null, AuditStatus.Pending, key);
        return new AuditIntent(entry.Id, key, caller, operation, target);
    }

    public void Complete(AuditIntent intent, string status, long? dataVersion, string details)
    {
        store.CompleteAudit(intent.Id, status, dataVersion, string.IsNullOrEmpty(details) ? null : details);
        logger.Recorded(intent.Caller.Name, intent.Caller.KeyId, RoleOf(intent.Caller), intent.Operation, intent.Target, status);
    }

    public void Refused(Caller caller, string operation, string target, string reason)
    {
        store.AppendAudit(caller.KeyId, caller.Name, RoleOf(caller), operation, target, JsonSerializer.Serialize(new { reason }),
            AuditStatus.Refused);
        logger.Recorded(caller.Name, caller.KeyId, RoleOf(caller), operation, target, AuditStatus.Refused);
    }

    /// <summary>Appends an entry for <paramref name="caller"/>; <paramref name="details"/> is JSON text, empty for none.</summary>
    /// <exception cref="ArgumentException"><paramref name="details"/> is not JSON, or <paramref name="operation"/> is empty.</exception>
    public void Record(Caller caller, string operation, string target, string details)
    {
        store.AppendAudit(caller.KeyId, caller.Name, RoleOf(caller), operation, target, string.IsNullOrEmpty(details) ? null : details);
        logger.Recorded(caller.Name, caller.KeyId, RoleOf(caller), operation, target, AuditStatus.Committed);
    }

    /// <summary>
    /// Settles the entries a crash left pending: committed (with its version) when the store's change log holds the
    /// entry's change key, interrupted when it does not, unknown when the store keeps no change keys. Returns how many.
    /// </summary>
    public async Task<int> ReconcileAsync(IGraphStore graph, CancellationToken cancellationToken = default)
    {
        var pending = store.PendingAudits();
        foreach (var entry in pending)
        {
            var (status, version) = await OutcomeAsync(graph, entry.ChangeKey, cancellationToken);
            store.CompleteAudit(entry.Id, status, version, JsonSerializer.Serialize(
                new { reconciled = "at start-up, after the service stopped during the write" }));
            logger.Reconciled(entry.Id, entry.Operation, status);
        }
        return pending.Count;
    }

    /// <summary>
    /// Up to <paramref name="first"/> entries (0 to <see cref="ServiceStore.MaxAuditPage"/>) older than the entry
    /// <paramref name="afterId"/>, newest first. Details recorded as empty read back as <c>{}</c>.
    /// </summary>
    public IReadOnlyList<AuditEntry> Read(int first, long? afterId) =>
        store.ReadAudit(first, afterId).Entries.Select(e => new AuditEntry(
            e.Id, e.At, e.KeyName, Enum.Parse<Role>(e.Role, ignoreCase: true), e.Operation, e.Target ?? "", e.Details ?? "{}", e.Status,
            e.DataVersion)).ToList();

    private static async Task<(string Status, long? Version)> OutcomeAsync(IGraphStore graph, string? changeKey,
        CancellationToken cancellationToken)
    {
        if (changeKey is null) return (AuditStatus.Unknown, null);
        try
        {
            return await graph.VersionOfChangeAsync(changeKey, cancellationToken) is { } version
                ? (AuditStatus.Committed, version)
                : (AuditStatus.Interrupted, null);
        }
        catch (NotSupportedException)
        {
            return (AuditStatus.Unknown, null);
        }
    }

    private static string RoleOf(Caller caller) => caller.Role.ToString().ToLowerInvariant();
}
