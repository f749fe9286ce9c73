namespace ChainGraph.Storage.Service;

/// <summary>
/// Audit entries newest first. Pass the last entry's <see cref="AuditEntry.Id"/> as the next call's <c>after</c> to
/// continue; <see cref="HasNextPage"/> says whether older entries remain.
/// </summary>
public sealed record AuditPage(IReadOnlyList<AuditEntry> Entries, bool HasNextPage)
{
    public long? EndCursor => Entries.Count == 0 ? null : Entries[^1].Id;
}
