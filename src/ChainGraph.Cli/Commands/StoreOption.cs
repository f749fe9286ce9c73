using System.CommandLine;
using ChainGraph.Storage;

namespace ChainGraph.Cli.Commands;

/// <summary>The `--store PATH` option every store command takes.</summary>
public static class StoreOption
{
    public static Option<string?> Create() => new("--store")
    {
        Description = $"Store file (default: {StoreFactory.DefaultFileName} under ${StoreFactory.DataFolderVariable}, or ~/.local/share/chaingraph; created and seeded with the sample on first use)",
        HelpName = "PATH",
    };
}
