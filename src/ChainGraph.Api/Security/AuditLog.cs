using ChainGraph.Api.Schema;
using ChainGraph.Storage.Service;
using AuditEntry = ChainGraph.Api.Schema.AuditEntry;

namespace ChainGraph.Api.Security;

/// <summary>
/// The audit trail of changes made through the API, kept in the service database (<see cref="ServiceStore"/>), so it
/// survives store rebuilds and never travels with imported data. Mutations record through <see cref="Record"/> after
/// their write has committed; the admin <c>auditLog</c> query reads through <see cref="Read"/>. Each entry is also
/// logged. Thread-safe; a singleton in DI, also registered as <see cref="IAuditLog"/>.
/// </summary>
public sealed class AuditLog(ServiceStore store, ILogger<AuditLog> logger) : IAuditLog
{
    /// <summary>Appends an entry for <paramref name="caller"/>; <paramref name="details"/> is JSON text, empty for none.</summary>
    /// <exception cref="ArgumentException"><paramref name="details"/> is not JSON, or <paramref name="operation"/> is empty.</exception>
    public void Record(Caller caller, string operation, string target, string details)
    {
        var role = caller.Role.ToString().ToLowerInvariant();
        store.AppendAudit(caller.KeyId, caller.Name, role, operation, target, string.IsNullOrEmpty(details) ? null : details);
        logger.Recorded(caller.Name, caller.KeyId, role, operation, target);
    }

    /// <summary>
    /// Up to <paramref name="first"/> entries (0 to <see cref="ServiceStore.MaxAuditPage"/>) older than the entry
    /// <paramref name="afterId"/>, newest first. Details recorded as empty read back as <c>{}</c>.
    /// </summary>
    public IReadOnlyList<AuditEntry> Read(int first, long? afterId) =>
        store.ReadAudit(first, afterId).Entries.Select(e => new AuditEntry(
            e.Id, e.At, e.KeyName, Enum.Parse<Role>(e.Role, ignoreCase: true), e.Operation, e.Target ?? "", e.Details ?? "{}")).ToList();
}
