namespace ChainGraph.Storage.Service;

/// <summary>
/// One recorded change: who (<see cref="KeyId"/>, <see cref="KeyName"/> and <see cref="Role"/> as they were at the time),
/// when (UTC), what (<see cref="Operation"/> on <see cref="Target"/>), <see cref="Details"/> as JSON text, and how it
/// ended (<see cref="Status"/>, one of <see cref="AuditStatus"/>'s values; <see cref="DataVersion"/> is the store version a
/// committed change produced).
/// </summary>
public sealed record AuditEntry(
    long Id, DateTimeOffset At, string KeyId, string KeyName, string Role, string Operation, string? Target, string? Details,
    string Status = AuditStatus.Committed, string? ChangeKey = null, long? DataVersion = null);
