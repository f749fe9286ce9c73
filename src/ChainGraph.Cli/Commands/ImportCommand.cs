using System.CommandLine;
using ChainGraph.Cli.Import;

namespace ChainGraph.Cli.Commands;

/// <summary>`chaingraph import DIR`: validate, then write everything or nothing; then prepare the chains' targets.</summary>
public static class ImportCommand
{
    public static Command Create()
    {
        var options = new ImportOptions();
        var prepare = new PrepareTargetsOption();
        var command = options.AddTo(new Command("import",
            "Import a folder of CSV / JSON Lines files into the store: all rows or none (exit 1 when anything is rejected)"));
        prepare.AddTo(command);
        command.SetAction(async (parse, token) =>
        {
            var code = await ImportRunner.RunAsync(parse, options, write: true, token);
            if (code == ExitCodes.Success) await prepare.RunAsync(parse, options.Store, token);
            return code;
        });
        return command;
    }
}
