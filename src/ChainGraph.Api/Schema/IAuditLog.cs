using ChainGraph.Api.Security;

namespace ChainGraph.Api.Schema;

/// <summary>Who changed what through the API (the security layer's audit store implements it). Thread-safe.</summary>
public interface IAuditLog
{
    /// <summary>Appends an entry for a committed change.</summary>
    void Record(Caller caller, string operation, string target, string details);

    /// <summary>Entries newest first: at most <paramref name="first"/> after the entry with id <paramref name="afterId"/> (null: from the newest).</summary>
    IReadOnlyList<AuditEntry> Read(int first, long? afterId);
}

/// <summary>One audit entry (the <c>AuditEntry</c> GraphQL type).</summary>
public sealed record AuditEntry(long Id, DateTimeOffset At, string KeyName, Role Role, string Operation, string Target, string Details);
