using System.CommandLine;
using ChainGraph.Cli.Import;

namespace ChainGraph.Cli.Commands;

/// <summary>`chaingraph validate DIR`: the import's checks, against the store's current contents, writing nothing.</summary>
public static class ValidateCommand
{
    public static Command Create()
    {
        var options = new ImportOptions();
        var command = options.AddTo(new Command("validate",
            "Check a folder of import files and report every rejected row; writes nothing"));
        command.SetAction((parse, token) => ImportRunner.RunAsync(parse, options, write: false, token));
        return command;
    }
}
