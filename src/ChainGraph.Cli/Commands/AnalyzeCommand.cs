using System.CommandLine;
using ChainGraph.Cli.Analyze;

namespace ChainGraph.Cli.Commands;

/// <summary>
/// `chaingraph analyze --edges FILE.csv [--directed] [--root ID] [--betweenness [--samples K --seed S]] [--out FILE.json]`:
/// the general graph algorithms on any edge list, as one JSON object (contract in issue 3 §1).
/// </summary>
public static class AnalyzeCommand
{
    public static Command Create()
    {
        var options = new AnalyzeOptions();
        var command = options.AddTo(new Command("analyze", "Run the graph algorithms (articulation points, bridges, components, dominators, betweenness) on a CSV edge list and print one JSON object"));
        command.SetAction((parse, token) => Task.FromResult(AnalyzeRunner.Run(parse, options, token)));
        return command;
    }
}
