namespace ChainGraph.Synthetic;

/// <summary>
/// The chain templates as dense arrays: segments numbered 0..n−1 in template order, each with its chain and the
/// segments a firm in it buys from. Purchasing is tiered: a firm (a chain owner too) buys only from the segments that
/// feed its own, so an integrator buys modules and components and its suppliers buy equipment and materials.
/// Immutable after construction.
/// </summary>
public sealed class TemplateGraph
{
    private readonly Dictionary<string, int> indexById;
    private readonly int[][] inputs;
    private readonly double[][] spendFractions;

    public TemplateGraph(IReadOnlyList<ChainTemplate> chains)
    {
        Chains = chains;
        Segments = [.. chains.SelectMany(c => c.Segments)];
        ChainOf = [.. chains.SelectMany((c, i) => c.Segments.Select(_ => i))];
        indexById = Segments.Select((s, i) => (s.Id, i)).ToDictionary(p => p.Id, p => p.i);
        inputs = [.. Segments.Select(s => InputsOf(s.Id))];
        spendFractions = [.. Segments.Select((s, i) => SpendFractionsOf(i))];
    }

    public IReadOnlyList<ChainTemplate> Chains { get; }

    public IReadOnlyList<SegmentTemplate> Segments { get; }

    /// <summary>Chain index of each segment.</summary>
    public IReadOnlyList<int> ChainOf { get; }

    public int IndexOf(string segmentId) => indexById[segmentId];

    /// <summary>The segments that feed <paramref name="segment"/> (its direct predecessors in the template DAG).</summary>
    public IReadOnlyList<int> Inputs(int segment) => inputs[segment];

    /// <summary>
    /// The fraction of a firm's output (in <paramref name="segment"/>) spent on inputs from <paramref name="input"/>, one of
    /// its <see cref="Inputs"/>: the buyer's purchased-input ratio (<see cref="ActivityProfile.InputRatio"/>) split over its
    /// inputs by their purchase weight (<see cref="ActivityProfile.PurchaseWeight"/>); 0 for a segment that does not feed it.
    /// </summary>
    public double SpendFraction(int segment, int input)
    {
        var at = Array.IndexOf(inputs[segment], input);
        return at < 0 ? 0 : spendFractions[segment][at];
    }

    private int[] InputsOf(string segmentId) =>
        [.. Chains.SelectMany(c => c.Links).Where(l => l.To == segmentId).Select(l => IndexOf(l.From))];

    private double[] SpendFractionsOf(int segment)
    {
        var weights = inputs[segment].Select(i => Segments[i].Profile.PurchaseWeight).ToArray();
        var total = weights.Sum();
        return [.. weights.Select(w => Segments[segment].Profile.InputRatio * w / total)];
    }
}
