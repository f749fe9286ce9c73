using ChainGraph.Analysis.Algorithms;
using ChainGraph.Analysis.Graph;

namespace ChainGraph.Analysis.Chains;

/// <summary>
/// Brokers of a chain: betweenness on the chain's supply graph (exact; paths run supplier → customer) and
/// PageRank on the reversed graph (customers pass importance to their suppliers).
/// </summary>
public static class ChainRankings
{
    /// <summary>Scores by enterprise index (every enterprise of the dataset; those outside the chain score 0).</summary>
    public static (IReadOnlyList<double> Betweenness, IReadOnlyList<double> PageRank) Scores(ChainIndex index, string chainId,
        CancellationToken cancellationToken = default)
    {
        var graph = ChainGraphs.Of(index, chainId);
        var betweenness = Betweenness.Compute(graph, new BetweennessOptions { Direction = EdgeDirection.Forward },
            cancellationToken).Values;
        var pageRank = PageRank.Compute(graph, EdgeDirection.Reverse, cancellationToken: cancellationToken).Scores;
        return (betweenness, pageRank);
    }

    /// <summary>The <paramref name="top"/> enterprises of the chain by betweenness, with their PageRank.</summary>
    public static IReadOnlyList<RankedEnterprise> Top(ChainIndex index, string chainId, int top = 20,
        CancellationToken cancellationToken = default)
    {
        var (betweenness, pageRank) = Scores(index, chainId, cancellationToken);
        var members = index.OrderedSegments[chainId].SelectMany(index.Members).Distinct();
        return members.Select(e => new RankedEnterprise(e, betweenness[e], pageRank[e]))
            .OrderByDescending(r => r.Betweenness).ThenByDescending(r => r.PageRank).Take(top).ToList();
    }
}

/// <summary>An enterprise's structural scores within a chain.</summary>
public sealed record RankedEnterprise(int Enterprise, double Betweenness, double PageRank);
