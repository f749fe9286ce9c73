using System.CommandLine;

namespace ChainGraph.Cli.Analyze;

/// <summary>The options of `chaingraph analyze`.</summary>
public sealed class AnalyzeOptions
{
    public Option<string> Edges { get; } = new(
        "--edges") { Description = "CSV edge list with a header; the first two columns are source and target ids, others are ignored",
        HelpName = "FILE.csv", Required = true };
    public Option<bool> Directed { get; } = new(
        "--directed") { Description =
        "Treat edges as directed (adds strongly connected components; dominators and betweenness follow edge direction)" };
    public Option<string?> Root { get; } = new(
        "--root") { Description = "Report the immediate dominator of every node reachable from this node", HelpName = "ID" };
    public Option<bool> Betweenness { get; } = new(
        "--betweenness") { Description =
        "Report betweenness centrality (normalised as NetworkX betweenness_centrality(G, normalized=True))" };
    public Option<int?> Samples { get; } = new(
        "--samples") { Description = "Estimate betweenness from K sampled source nodes (needs --betweenness)", HelpName = "K" };
    public Option<int?> Seed { get; } = new("--seed") { Description = "Seed of the betweenness sample (needs --samples; default 0)",
        HelpName = "S" };
    public Option<string?> Out { get; } = new("--out") { Description = "Write the JSON to this file instead of standard output",
        HelpName = "FILE.json" };

    public Command AddTo(Command command)
    {
        command.Options.Add(Edges);
        command.Options.Add(Directed);
        command.Options.Add(Root);
        command.Options.Add(Betweenness);
        command.Options.Add(Samples);
        command.Options.Add(Seed);
        command.Options.Add(Out);
        return command;
    }
}
