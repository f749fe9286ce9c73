using ChainGraph.Analysis.Graph;
using ChainGraph.Analysis.Tests.Algorithms;

namespace ChainGraph.Analysis.Tests.Graph;

/// <summary>
/// Generated graphs for the QuikGraph cross-checks: small random digraphs with loops and duplicates (every shape of
/// cycle and isolated node), chain-like layered DAGs, and larger sparse and scale-free graphs (up to 3,000 nodes).
/// </summary>
public static class QuikGraphCorpus
{
    public static IEnumerable<(string Name, SupplyGraph Graph)> All()
    {
        foreach (var (seed, graph) in TestGraphs.SmallRandom(150)) yield return ($"small {seed}", graph);
        foreach (var (name, graph) in Dags()) yield return (name, graph);
        for (var seed = 0; seed < 6; seed++)
        {
            var random = new Random(seed);
            var n = random.Next(500, 3000);
            yield return ($"gnm {seed}", TestGraphs.From(n, RandomGraphs.Gnm(random, n, random.Next(n / 2, 3 * n))));
            yield return ($"scale-free {seed}", TestGraphs.From(n, RandomGraphs.PreferentialAttachment(random, n, 2)));
        }
    }

    /// <summary>Layered DAGs shaped like chains: tiers of suppliers with skip links.</summary>
    public static IEnumerable<(string Name, SupplyGraph Graph)> Dags()
    {
        for (var seed = 0; seed < 20; seed++)
        {
            var random = new Random(100 + seed);
            var widths = Enumerable.Range(0, random.Next(2, 8)).Select(_ => random.Next(1, 60)).ToArray();
            yield return ($"dag {seed}", TestGraphs.From(widths.Sum(), RandomGraphs.LayeredDag(random, widths, random.NextDouble() * 0.3)));
        }
    }
}
