using System.Diagnostics;
using System.Text.Json;
using ChainGraph.Tests;

namespace ChainGraph.Analysis.Tests.Algorithms.Oracle;

/// <summary>
/// Runs tests/oracle/oracle.py (NetworkX + python-igraph) once over a batch of edge-list files and returns its
/// results by graph name. Fails loudly, never skips, when the Debian packages are missing.
/// </summary>
public static class PythonOracle
{
    public const string Interpreter = "/usr/bin/python3";

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    public static IReadOnlyDictionary<string, JsonElement> Run(string manifestPath)
    {
        using var process = Process.Start(new ProcessStartInfo(Interpreter, [RepositoryPaths.Of("tests", "oracle", "oracle.py"), manifestPath])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        }) ?? throw Missing("could not start the interpreter");
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(Timeout)) throw new TimeoutException($"oracle.py took longer than {Timeout}.");
        if (process.ExitCode == 3) throw Missing(stderr.Result);
        if (process.ExitCode != 0) throw new InvalidOperationException($"oracle.py failed ({process.ExitCode}): {stderr.Result}");
        var results = JsonDocument.Parse(stdout).RootElement.GetProperty("results");
        return results.EnumerateArray().ToDictionary(r => r.GetProperty("name").GetString()!, r => r.Clone());
    }

    private static InvalidOperationException Missing(string detail) => new(
        $"The oracle tests need NetworkX and python-igraph under {Interpreter} (Debian packages python3-networkx and "
        + $"python3-igraph). Run ./test.sh, which installs them. Detail: {detail.Trim()}");
}
