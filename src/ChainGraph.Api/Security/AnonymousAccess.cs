using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace ChainGraph.Api.Security;

/// <summary>
/// Decides whether a request without a key may act as <see cref="Caller.AnonymousViewer"/>: only when
/// <see cref="AuthOptions.AnonymousViewerOnLoopback"/> is on, every address the server listens on is loopback, and the
/// request comes from a loopback address without <c>Forwarded</c>/<c>X-Forwarded-For</c> headers (a reverse proxy on the
/// same machine would otherwise turn every remote client into a loopback one). Thread-safe; singleton.
/// </summary>
public sealed class AnonymousAccess(IServer server, IOptions<AuthOptions> options)
{
    private const int Unknown = 0, LoopbackOnly = 1, NotLoopbackOnly = 2;
    private int _listening = Unknown;

    public bool Allows(HttpContext context) =>
        options.Value.AnonymousViewerOnLoopback && ListensOnLoopbackOnly() && IsLoopbackClient(context);

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
    public static bool IsLoopbackAddress(string address)
    {
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri)) return false;
        if (uri.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase)) return true;
        return IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IsLoopback(ip);
    }

    private static bool IsLoopbackClient(HttpContext context)
    {
        var headers = context.Request.Headers;
        if (headers.ContainsKey("Forwarded") || headers.ContainsKey("X-Forwarded-For")) return false;
        return context.Connection.RemoteIpAddress is { } remote && IsLoopback(remote);
    }

    private static bool IsLoopback(IPAddress ip) => IPAddress.IsLoopback(ip.IsIPv4MappedToIPv6 ? ip.MapToIPv4() : ip);
}
