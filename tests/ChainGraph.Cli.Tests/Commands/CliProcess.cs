using System.Diagnostics;

namespace ChainGraph.Cli.Tests.Commands;

/// <summary>Runs the real `chaingraph` program (the built chaingraph.dll beside the tests) in a child process.</summary>
public static class CliProcess
{
    public static string Program => Path.Combine(AppContext.BaseDirectory, "chaingraph.dll");

    public sealed record Result(int ExitCode, string Output, string Error);

    public static Result Run(string dataFolder, params string[] args)
    {
        using var process = Process.Start(StartInfo(dataFolder, args))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3))) process.Kill(entireProcessTree: true);
        return new Result(process.ExitCode, output.Result, error.Result);
    }

    public static ProcessStartInfo StartInfo(string dataFolder, IEnumerable<string> args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Program);
        foreach (var arg in args) info.ArgumentList.Add(arg);
        info.Environment["CHAINGRAPH_DATA"] = dataFolder;
        return info;
    }
}
