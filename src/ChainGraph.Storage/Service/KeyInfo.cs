namespace ChainGraph.Storage.Service;

/// <summary>An API key as stored: never its secret. Times are UTC; <see cref="LastUsedAt"/> is accurate to a minute.</summary>
public sealed record KeyInfo(
    string Id, string Name, string Role, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt, DateTimeOffset? LastUsedAt)
{
    public bool IsActive => RevokedAt is null;
}
