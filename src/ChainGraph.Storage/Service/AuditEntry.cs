namespace ChainGraph.Storage.Service;

/// <summary>
/// One recorded change: who (<see cref="KeyId"/>, <see cref="KeyName"/> and <see cref="Role"/> as they were at the time),
/// when (UTC), what (<see cref="Operation"/> on <see cref="Target"/>) and <see cref="Details"/> as JSON text.
/// </summary>
public sealed record AuditEntry(
    long Id, DateTimeOffset At, string KeyId, string KeyName, string Role, string Operation, string? Target, string? Details);
