using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace ChainGraph.Api.Security;

/// <summary>
/// Decides whether a request without a key may act as the anonymous loopback caller (<see cref="AuthOptions.LoopbackRole"/>):
/// only when <see cref="AuthOptions.AnonymousViewerOnLoopback"/> is on, every address the server listens on is loopback,
/// and the request
/// <list type="bullet">
/// <item>comes from a loopback address;</item>
/// <item>names a loopback host in <c>Host</c> (<c>localhost</c>, <c>127.x.x.x</c>, <c>[::1]</c>, with or without a port),
/// so that a web page whose own domain was rebound to 127.0.0.1 (DNS rebinding) reads nothing;</item>
/// <item>carries none of the headers a proxy or CDN adds (<see cref="ProxyHeaders"/>): a reverse proxy on the same
/// machine would otherwise make every remote client look local;</item>
/// <item>carries no <c>Origin</c> other than a loopback one (a cross-site page's request).</item>
/// </list>
/// Thread-safe; singleton.
/// </summary>
public sealed class AnonymousAccess(IServer server, IOptions<AuthOptions> options)
{
    /// <summary>Headers that mean "a proxy forwarded this request": any of them turns anonymous access off.</summary>
    public static readonly IReadOnlyList<string> ProxyHeaders =
    [
        "Forwarded", "X-Forwarded-For", "X-Forwarded-Host", "X-Forwarded-Proto", "X-Real-IP", "True-Client-IP",
        "CF-Connecting-IP", "X-Client-IP", "X-Cluster-Client-IP", "Fastly-Client-IP", "X-Original-Forwarded-For", "Via",
    ];

    private const int Unknown = 0, LoopbackOnly = 1, NotLoopbackOnly = 2;
    private int _listening = Unknown;

    /// <summary>The caller a request without a key acts as, or null when it must present a key.</summary>
    public Caller? AnonymousCaller(HttpContext context) =>
        options.Value.AnonymousViewerOnLoopback && ListensOnLoopbackOnly() && IsLoopbackRequest(context)
            ? Caller.AnonymousAs(options.Value.LoopbackRole)
            : null;

    /// <summary>
    /// True when the server has started and listens on loopback addresses only. Kestrel reports the bound addresses
    /// after start and they do not change, so the first answer is kept.
    /// </summary>
    public bool ListensOnLoopbackOnly()
    {
        var known = Volatile.Read(ref _listening);
        if (known != Unknown) return known == LoopbackOnly;
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses;
        if (addresses is null || addresses.Count == 0) return false;
        var answer = addresses.All(IsLoopbackAddress);
        Volatile.Write(ref _listening, answer ? LoopbackOnly : NotLoopbackOnly);
        return answer;
    }

    /// <summary>
    /// True for a listen address whose host is <c>localhost</c> or a loopback IP. Wildcards (<c>*</c>, <c>+</c>,
    /// <c>0.0.0.0</c>, <c>[::]</c>), host names, Unix sockets and named pipes are not loopback.
    /// </summary>
    public static bool IsLoopbackAddress(string address) =>
        Uri.TryCreate(address, UriKind.Absolute, out var uri) && IsLoopbackName(uri.Host);

    /// <summary>
    /// True for a <c>Host</c> header (or an <c>Origin</c>'s authority) naming this machine: <c>localhost</c>, an IPv4
    /// loopback address or <c>[::1]</c>, optionally with a port. Anything else, including an empty value, a
    /// <c>*.localhost</c> name and a bare <c>::1</c>, is not.
    /// </summary>
    public static bool IsLoopbackHost(string? host)
    {
        if (string.IsNullOrEmpty(host)) return false;
        var parsed = HostString.FromUriComponent(host);
        return parsed.HasValue && (host[0] == '[' || !host.Contains("::", StringComparison.Ordinal)) && IsLoopbackName(parsed.Host);
    }

    private static bool IsLoopbackRequest(HttpContext context)
    {
        var request = context.Request;
        if (ProxyHeaders.Any(request.Headers.ContainsKey)) return false;
        if (!IsLoopbackHost(request.Headers.Host.ToString())) return false;
        if (request.Headers.Origin is { Count: > 0 } origin && !IsLoopbackOrigin(origin.ToString())) return false;
        return context.Connection.RemoteIpAddress is { } remote && IsLoopback(remote);
    }

    private static bool IsLoopbackOrigin(string origin) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && IsLoopbackName(uri.Host);

    private static bool IsLoopbackName(string host)
    {
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase)) return true;
        return IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IsLoopback(ip);
    }

    private static bool IsLoopback(IPAddress ip) => IPAddress.IsLoopback(ip.IsIPv4MappedToIPv6 ? ip.MapToIPv4() : ip);
}
