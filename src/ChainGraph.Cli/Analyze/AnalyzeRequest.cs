using System.CommandLine;

namespace ChainGraph.Cli.Analyze;

/// <summary>A checked `analyze` command line.</summary>
public sealed record AnalyzeRequest(string EdgesPath, bool Directed, string? Root, bool Betweenness, int? Samples, int Seed,
    string? OutPath)
{
    /// <summary>Reads the options and rejects clashing combinations.</summary>
    /// <exception cref="UsageException">--samples without --betweenness, --seed without --samples, or K &lt; 1.</exception>
    public static AnalyzeRequest From(ParseResult parse, AnalyzeOptions options)
    {
        var betweenness = parse.GetValue(options.Betweenness);
        var samples = parse.GetValue(options.Samples);
        var seed = parse.GetValue(options.Seed);
        if (samples is not null && !betweenness) throw new UsageException("--samples needs --betweenness");
        if (seed is not null && samples is null) throw new UsageException("--seed needs --samples");
        if (samples is < 1) throw new UsageException("--samples must be at least 1");
        return new AnalyzeRequest(
            parse.GetValue(options.Edges)!,
            parse.GetValue(options.Directed),
            parse.GetValue(options.Root),
            betweenness,
            samples,
            seed ?? 0,
            parse.GetValue(options.Out));
    }
}
