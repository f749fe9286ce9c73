using System.CommandLine;

namespace ChainGraph.Cli;

/// <summary>Composes the `chaingraph` root command and maps parse errors to <see cref="ExitCodes.Usage"/>.</summary>
public static class CliApp
{
    public static int Run(string[] args, IReadOnlyList<Command> commands, TextWriter? output = null, TextWriter? error = null)
    {
        var root = new RootCommand("ChainGraph: industry-chain and supply-chain graph analytics.");
        foreach (var command in commands) root.Subcommands.Add(command);
        var parsed = root.Parse(args);
        var config = new InvocationConfiguration { Output = output ?? Console.Out, Error = error ?? Console.Error,
            EnableDefaultExceptionHandler = false };
        if (parsed.Errors.Count > 0 && !IsHelpRequest(args))
        {
            foreach (var parseError in parsed.Errors) config.Error.WriteLine($"error: {parseError.Message}");
            config.Error.WriteLine("Run 'chaingraph --help' for usage.");
            return ExitCodes.Usage;
        }
        try
        {
            return parsed.Invoke(config);
        }
        catch (Exception e) when (e is UsageException or Application.InvalidRequestException)
        {
            config.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.Usage;
        }
        catch (OperationCanceledException)
        {
            config.Error.WriteLine("cancelled; nothing was written");
            return ExitCodes.Rejected;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException or InvalidOperationException
            or Microsoft.Data.Sqlite.SqliteException)
        {
            config.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.Rejected;
        }
    }

    private static bool IsHelpRequest(string[] args) => args.Any(a => a is "-h" or "--help" or "-?");
}
