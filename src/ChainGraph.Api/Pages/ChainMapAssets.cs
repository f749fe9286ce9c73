using System.Collections.Frozen;

namespace ChainGraph.Api.Pages;

/// <summary>
/// The chain map page's files (built from web/chainmap into wwwroot/chainmap and embedded, so the page needs no
/// network and no file next to the binary). Immutable, thread-safe.
/// </summary>
internal sealed class ChainMapAssets
{
    private const string ResourcePrefix = "chainmap/";

    private static readonly FrozenDictionary<string, string> ContentTypes = new Dictionary<string, string>
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private readonly FrozenDictionary<string, string> _resources;
    private readonly string _etag;

    private ChainMapAssets(FrozenDictionary<string, string> resources, string etag) => (_resources, _etag) = (resources, etag);

    public static ChainMapAssets Load()
    {
        var assembly = typeof(ChainMapAssets).Assembly;
        var resources = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && ContentTypes.ContainsKey(Path.GetExtension(n)))
            .ToFrozenDictionary(n => n[ResourcePrefix.Length..], StringComparer.Ordinal);
        // The files change only with the assembly, and the deterministic build's MVID changes exactly when it does.
        return new ChainMapAssets(resources, $"\"{assembly.ManifestModule.ModuleVersionId:N}\"");
    }

    /// <summary>Sends the file called <paramref name="name"/> (e.g. <c>chainmap.js</c>): 404 when there is none, 304 when the client has it.</summary>
    public async Task SendAsync(HttpContext http, string name)
    {
        var response = http.Response;
        if (!_resources.TryGetValue(name, out var resource))
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        response.Headers.ETag = _etag;
        response.Headers.CacheControl = "no-cache";
        response.Headers.XContentTypeOptions = "nosniff";
        if (http.Request.Headers.IfNoneMatch == _etag)
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }
        response.ContentType = ContentTypes[Path.GetExtension(name)];
        await using var stream = typeof(ChainMapAssets).Assembly.GetManifestResourceStream(resource)!;
        response.ContentLength = stream.Length;
        await stream.CopyToAsync(response.Body, http.RequestAborted).ConfigureAwait(false);
    }
}
