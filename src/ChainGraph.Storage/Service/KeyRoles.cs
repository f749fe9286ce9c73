namespace ChainGraph.Storage.Service;

/// <summary>
/// The role names an API key can carry, lowest first; each includes the rights of the ones before it. The service
/// maps them onto its <c>Role</c> enum by name (a test keeps the two in step).
/// </summary>
public static class KeyRoles
{
    public const string Viewer = "viewer";
    public const string Analyst = "analyst";
    public const string Editor = "editor";
    public const string Admin = "admin";

    public static IReadOnlyList<string> All { get; } = [Viewer, Analyst, Editor, Admin];

    /// <summary>The canonical (lower-case) name of <paramref name="role"/>, or null when it names no role.</summary>
    public static string? Normalize(string? role) =>
        All.FirstOrDefault(r => string.Equals(r, role?.Trim(), StringComparison.OrdinalIgnoreCase));
}
