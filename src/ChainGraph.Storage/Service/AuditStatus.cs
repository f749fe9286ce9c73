namespace ChainGraph.Storage.Service;

/// <summary>How an audited operation ended.</summary>
public static class AuditStatus
{
    /// <summary>Recorded before the write starts; replaced by one of the others when it ends (or at the next start-up).</summary>
    public const string Pending = "pending";
    /// <summary>The change committed (<see cref="AuditEntry.DataVersion"/> is the new version).</summary>
    public const string Committed = "committed";
    /// <summary>Accepted, but every record was already there: nothing changed.</summary>
    public const string Unchanged = "unchanged";
    /// <summary>Validation found errors; nothing was written.</summary>
    public const string Rejected = "rejected";
    /// <summary>
    /// Not attempted: the caller's role, or the import folder or a file (outside the root, not a regular file, too large).
    /// </summary>
    public const string Refused = "refused";
    /// <summary>An unexpected error; nothing was written.</summary>
    public const string Failed = "failed";
    /// <summary>The service stopped before the write committed (found pending at start-up, not in the store's change log).</summary>
    public const string Interrupted = "interrupted";
    /// <summary>Found pending at start-up on a store that cannot say whether the change committed.</summary>
    public const string Unknown = "unknown";
}
