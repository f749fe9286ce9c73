namespace ChainGraph.Api.Security;

/// <summary>What a caller may do, each role including the ones before it.</summary>
public enum Role
{
    /// <summary>Reads chains, chain maps and enterprises.</summary>
    Viewer,
    /// <summary>Also bottlenecks, the checklist, risk factors and what-if simulations.</summary>
    Analyst,
    /// <summary>Also edits (the bureau): upserts, removals, imports, marking chain owners.</summary>
    Editor,
    /// <summary>Also the audit log and service administration.</summary>
    Admin,
}
