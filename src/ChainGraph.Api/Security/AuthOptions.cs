using ChainGraph.Storage.Service;

namespace ChainGraph.Api.Security;

/// <summary>
/// <c>ChainGraph:Auth</c> settings: who may call without a key, and where the keys are. Read at start-up.
/// </summary>
public sealed class AuthOptions
{
    public const string Section = "ChainGraph:Auth";

    /// <summary>
    /// When true (the default), a request without a key acts as the anonymous caller with <see cref="LoopbackRole"/>,
    /// but only while every address the server listens on is a loopback address (127.0.0.0/8, ::1, localhost) and the
    /// request itself comes from loopback, names a loopback host in its <c>Host</c> header, and carries no proxy or
    /// client-IP header and no cross-site <c>Origin</c> (see <see cref="AnonymousAccess"/>). So the default is in effect
    /// off whenever the server listens on a non-loopback address (<c>0.0.0.0</c>, <c>*</c>, a LAN address, a Unix
    /// socket), whatever this says; set it to false to require a key on loopback as well. A key that is presented is
    /// always checked: a bad one never falls back to anonymous.
    /// </summary>
    public bool AnonymousViewerOnLoopback { get; set; } = true;

    /// <summary>
    /// The role of the anonymous loopback caller: <see cref="Role.Analyst"/> by default, so that every README example
    /// works on a first run without a key; <see cref="Role.Viewer"/> to restrict it. Editor and admin are refused at
    /// start: changes always need a key, so that the audit log names who made them.
    /// </summary>
    public Role LoopbackRole { get; set; } = Role.Analyst;

    /// <summary>The service database with the keys and the audit log; empty for <see cref="ServiceStore.DefaultPath"/>.</summary>
    public string? ServiceDb { get; set; }
}
