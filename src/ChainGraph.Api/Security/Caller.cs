namespace ChainGraph.Api.Security;

/// <summary>
/// Who is calling: the API key's id and name and its role, or the anonymous loopback caller that loopback-only
/// deployments allow by default (<see cref="IsAnonymous"/>; an analyst unless <c>ChainGraph:Auth:LoopbackRole</c> says
/// otherwise). Set as the GraphQL user context of every request.
/// </summary>
public sealed record Caller(string KeyId, string Name, Role Role)
{
    public const string AnonymousKeyId = "anonymous";

    private static readonly Caller[] Anonymous =
        [.. Enum.GetValues<Role>().Select(r => new Caller(AnonymousKeyId, "anonymous (loopback)", r))];

    /// <summary>The anonymous caller with the viewer role (the default user context of in-process execution).</summary>
    public static Caller AnonymousViewer { get; } = AnonymousAs(Role.Viewer);

    /// <summary>The anonymous loopback caller with <paramref name="role"/>; one shared instance per role.</summary>
    public static Caller AnonymousAs(Role role) => Anonymous[(int)role];

    public bool IsAnonymous => KeyId == AnonymousKeyId;

    public bool Has(Role required) => Role >= required;
}
