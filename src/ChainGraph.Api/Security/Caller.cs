namespace ChainGraph.Api.Security;

/// <summary>
/// Who is calling: the API key's id and name and its role, or the anonymous viewer that loopback-only deployments
/// allow by default (<see cref="IsAnonymous"/>). Set as the GraphQL user context of every request.
/// </summary>
public sealed record Caller(string KeyId, string Name, Role Role)
{
    public static Caller AnonymousViewer { get; } = new("anonymous", "anonymous (loopback)", Role.Viewer);

    public bool IsAnonymous => ReferenceEquals(this, AnonymousViewer) || KeyId == AnonymousViewer.KeyId;

    public bool Has(Role required) => Role >= required;
}
