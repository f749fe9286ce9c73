using System.Collections.Frozen;
using System.Reflection;

namespace ChainGraph.GraphQL.AspNetCore;

/// <summary>
/// Static files embedded in an assembly under a resource-name prefix (e.g. <c>graphiql/</c>), served by plain file
/// name with their content type, an entity tag and <c>Cache-Control: no-cache</c>, so a browser revalidates and gets
/// 304 until the assembly changes. Only <c>.html</c>, <c>.js</c> and <c>.css</c> files are served; anything else
/// embedded beside them (licence notes) is not. Immutable, thread-safe.
/// </summary>
public sealed class EmbeddedFiles
{
    private static readonly FrozenDictionary<string, string> ContentTypes = new Dictionary<string, string>
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private readonly Assembly _assembly;
    private readonly FrozenDictionary<string, string> _resources;
    private readonly string _etag;

    private EmbeddedFiles(Assembly assembly, FrozenDictionary<string, string> resources, string etag) =>
        (_assembly, _resources, _etag) = (assembly, resources, etag);

    /// <summary>
    /// The files of <paramref name="assembly"/> whose resource names start with <paramref name="prefix"/> (none when the bundle was not
    /// built in).
    /// </summary>
    public static EmbeddedFiles Load(Assembly assembly, string prefix)
    {
        ArgumentException.ThrowIfNullOrEmpty(prefix);
        var resources = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && ContentTypes.ContainsKey(Path.GetExtension(n)))
            .ToFrozenDictionary(n => n[prefix.Length..], StringComparer.Ordinal);
        // The files change only with the assembly, and the deterministic build's MVID changes exactly when it does.
        return new EmbeddedFiles(assembly, resources, $"\"{assembly.ManifestModule.ModuleVersionId:N}\"");
    }

    /// <summary>Whether there is a file called <paramref name="name"/> (a plain file name, e.g. <c>index.html</c>).</summary>
    public bool Contains(string name) => _resources.ContainsKey(name);

    /// <summary>Sends the file called <paramref name="name"/>: 404 when there is none, 304 when the client holds this version.</summary>
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
        await using var stream = _assembly.GetManifestResourceStream(resource)!;
        response.ContentLength = stream.Length;
        await stream.CopyToAsync(response.Body, http.RequestAborted).ConfigureAwait(false);
    }
}
