using ChainGraph.Api.Security;

namespace ChainGraph.Api.Schema;

/// <summary>
/// Who changed what through the API, and who tried (the security layer's audit store implements it). A write is
/// recorded as an intent before it starts (<see cref="Begin"/>) and completed when it ends (<see cref="Complete"/>);
/// attempts that never reach the store are recorded at once (<see cref="Refused"/>). Thread-safe.
/// </summary>
public interface IAuditLog
{
    /// <summary>
    /// Records that <paramref name="caller"/> is about to run <paramref name="operation"/>; the entry's change key goes to the store with
    /// the change.
    /// </summary>
    AuditIntent Begin(Caller caller, string operation, string target);

    /// <summary>Records how the write of <paramref name="intent"/> ended (a <c>Storage.Service.AuditStatus</c> value).</summary>
    void Complete(AuditIntent intent, string status, long? dataVersion, string details);

    /// <summary>Records an attempt refused before any write (the role, a folder outside the import root, …) and why.</summary>
    void Refused(Caller caller, string operation, string target, string reason);

    /// <summary>
    /// Appends an entry for a committed change made without an intent (kept for callers outside <see cref="ApiWriter"/>).
    /// </summary>
    void Record(Caller caller, string operation, string target, string details);

    /// <summary>
    /// Entries newest first: at most <paramref name="first"/> after the entry with id <paramref name="afterId"/> (null: from the newest).
    /// </summary>
    IReadOnlyList<AuditEntry> Read(int first, long? afterId);
}

/// <summary>A pending audit entry: its id and the change key the store records with the change.</summary>
public sealed record AuditIntent(long Id, string ChangeKey, Caller Caller, string Operation, string Target);

/// <summary>One audit entry (the <c>AuditEntry</c> GraphQL type).</summary>
public sealed record AuditEntry(long Id, DateTimeOffset At, string KeyName, Role Role, string Operation, string Target, string Details,
    string Status = "committed", long? DataVersion = null);
