using System.Collections.Frozen;

namespace ChainGraph.GraphQL.AspNetCore;

/// <summary>
/// The bundled GraphiQL page and its scripts, styles and workers (built from web/graphiql into graphiql/ and
/// embedded in this assembly, so the page needs no network and no file next to the binary). Immutable, thread-safe.
/// </summary>
internal sealed class GraphiQLAssets
{
    private const string ResourcePrefix = "graphiql/";

    private static readonly FrozenDictionary<string, string> ContentTypes = new Dictionary<string, string>
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private readonly FrozenDictionary<string, Asset> _assets;

    private GraphiQLAssets(FrozenDictionary<string, Asset> assets) => _assets = assets;

    /// <summary>One embedded file with its content type and entity tag.</summary>
    public sealed record Asset(string ResourceName, string ContentType, string ETag);

    /// <summary>The assets embedded in the API assembly (empty when the bundle was not built in).</summary>
    public static GraphiQLAssets Load()
    {
        var assembly = typeof(GraphiQLAssets).Assembly;
        // The bundle changes only with the assembly, and the deterministic build's MVID changes exactly when it does.
        var version = assembly.ManifestModule.ModuleVersionId.ToString("N");
        var assets = new Dictionary<string, Asset>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            if (!ContentTypes.TryGetValue(Path.GetExtension(resource), out var contentType)) continue;
            assets[resource[ResourcePrefix.Length..]] = new Asset(resource, contentType, $"\"{version}\"");
        }

        return new GraphiQLAssets(assets.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>The page itself.</summary>
    public Asset? Page => Find("index.html");

    /// <summary>The asset called <paramref name="name"/> (a plain file name, e.g. <c>graphiql.js</c>), or null.</summary>
    public Asset? Find(string name) => _assets.GetValueOrDefault(name);

    /// <summary>Sends <paramref name="asset"/>, or 304 when the client holds the same version.</summary>
    public static async Task SendAsync(HttpContext http, Asset asset)
    {
        var response = http.Response;
        response.Headers.ETag = asset.ETag;
        response.Headers.CacheControl = "no-cache";
        response.Headers.XContentTypeOptions = "nosniff";
        if (http.Request.Headers.IfNoneMatch == asset.ETag)
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.ContentType = asset.ContentType;
        await using var stream = typeof(GraphiQLAssets).Assembly.GetManifestResourceStream(asset.ResourceName)!;
        response.ContentLength = stream.Length;
        await stream.CopyToAsync(response.Body, http.RequestAborted).ConfigureAwait(false);
    }
}
