using ChainGraph.Api.Tests.Security;
using ChainGraph.Storage.Import;
using Microsoft.Extensions.DependencyInjection;

namespace ChainGraph.Api.Tests.Hardening;

/// <summary>On 127.0.0.1 with its own import root (a temporary folder the service creates at start).</summary>
public sealed class ImportRootHost() : SecureApiHost("http://127.0.0.1:0", "--ChainGraph:Import:Root",
    Path.Combine(Path.GetTempPath(), "chaingraph-import-roots", Guid.NewGuid().ToString("N")))
{
    /// <summary>The import root's real path.</summary>
    public string Root => App.Services.GetRequiredService<ImportAccess>().Root!.RealPath;

    /// <summary>A new folder under the root holding <paramref name="files"/> (name → content).</summary>
    public string Folder(string name, params (string File, string Content)[] files)
    {
        var folder = Path.Combine(Root, name);
        Directory.CreateDirectory(folder);
        foreach (var (file, content) in files) File.WriteAllText(Path.Combine(folder, file), content);
        return folder;
    }
}
