namespace ChainGraph.Printing;

/// <summary>Whether Chromium runs sandboxed, and why (logged at start).</summary>
public sealed record SandboxDecision(bool Enabled, string Reason);
