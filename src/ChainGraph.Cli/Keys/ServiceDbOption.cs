using System.CommandLine;
using ChainGraph.Storage;
using ChainGraph.Storage.Service;

namespace ChainGraph.Cli.Keys;

/// <summary>The `--service-db PATH` option of the `keys` commands: the database the service reads its keys from.</summary>
public static class ServiceDbOption
{
    public static Option<string?> Create() => new("--service-db")
    {
        Description = $"Service database with the keys (default: {ServiceStore.DefaultFileName} under ${StoreFactory.DataFolderVariable}, or ~/.local/share/chaingraph; the service's ChainGraph:Auth:ServiceDb)",
        HelpName = "PATH",
    };
}
