namespace ChainGraph.Cli.Generate;

/// <summary>
/// The chain templates as dense arrays: segments numbered 0..n−1 in template order, each with its chain and the
/// segments a firm in it buys from. Immutable after construction.
/// </summary>
public sealed class TemplateGraph
{
    private readonly Dictionary<string, int> indexById;
    private readonly int[][] inputs;
    private readonly int[][] ownerInputs;

    public TemplateGraph(IReadOnlyList<ChainTemplate> chains)
    {
        Chains = chains;
        Segments = [.. chains.SelectMany(c => c.Segments)];
        ChainOf = [.. chains.SelectMany((c, i) => c.Segments.Select(_ => i))];
        indexById = Segments.Select((s, i) => (s.Id, i)).ToDictionary(p => p.Id, p => p.i);
        inputs = [.. Segments.Select(s => InputsOf(s.Id))];
        ownerInputs = [.. Segments.Select((s, i) => OwnerInputsOf(i))];
    }

    public IReadOnlyList<ChainTemplate> Chains { get; }

    public IReadOnlyList<SegmentTemplate> Segments { get; }

    /// <summary>Chain index of each segment.</summary>
    public IReadOnlyList<int> ChainOf { get; }

    public int IndexOf(string segmentId) => indexById[segmentId];

    /// <summary>The segments that feed <paramref name="segment"/> (its direct predecessors in the template DAG).</summary>
    public IReadOnlyList<int> Inputs(int segment) => inputs[segment];

    /// <summary>What a chain owner in <paramref name="segment"/> buys: its inputs plus every key segment of its chain, directly.</summary>
    public IReadOnlyList<int> OwnerInputs(int segment) => ownerInputs[segment];

    private int[] InputsOf(string segmentId) =>
        [.. Chains.SelectMany(c => c.Links).Where(l => l.To == segmentId).Select(l => IndexOf(l.From))];

    private int[] OwnerInputsOf(int segment)
    {
        var chain = Chains[ChainOf[segment]];
        var keys = chain.Segments.Where(s => s.Key && s.Id != Segments[segment].Id).Select(s => IndexOf(s.Id));
        return [.. inputs[segment].Union(keys).Order()];
    }
}
