using ChainGraph.Storage.Service;

namespace ChainGraph.Api.Security;

/// <summary>
/// <c>ChainGraph:Auth</c> settings: who may call without a key, and where the keys are. Read at start-up.
/// </summary>
public sealed class AuthOptions
{
    public const string Section = "ChainGraph:Auth";

    /// <summary>
    /// When true (the default), a request without a key acts as <see cref="Caller.AnonymousViewer"/>, but only while
    /// every address the server listens on is a loopback address (127.0.0.0/8, ::1, localhost) and the request itself
    /// comes from loopback without proxy headers. So the default is in effect off whenever the server listens on a
    /// non-loopback address (<c>0.0.0.0</c>, <c>*</c>, a LAN address, a Unix socket), whatever this says; set it to false
    /// to require a key on loopback as well. A key that is presented is always checked: a bad one never falls back to
    /// anonymous.
    /// </summary>
    public bool AnonymousViewerOnLoopback { get; set; } = true;

    /// <summary>The service database with the keys and the audit log; empty for <see cref="ServiceStore.DefaultPath"/>.</summary>
    public string? ServiceDb { get; set; }
}
