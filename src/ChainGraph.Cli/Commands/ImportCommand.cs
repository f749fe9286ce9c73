using System.CommandLine;
using ChainGraph.Cli.Import;

namespace ChainGraph.Cli.Commands;

/// <summary>`chaingraph import DIR`: validate, then write everything or nothing.</summary>
public static class ImportCommand
{
    public static Command Create()
    {
        var options = new ImportOptions();
        var command = options.AddTo(new Command("import",
            "Import a folder of CSV / JSON Lines files into the store: all rows or none (exit 1 when anything is rejected)"));
        command.SetAction((parse, token) => ImportRunner.RunAsync(parse, options, write: true, token));
        return command;
    }
}
