using ChainGraph.Analysis.Algorithms;
using ChainGraph.Analysis.Graph;

namespace ChainGraph.Cli.Analyze;

/// <summary>Everything `analyze` computed for one graph; null members were not requested.</summary>
public sealed record AnalysisReport(
    SupplyGraph Graph,
    bool Directed,
    BiconnectivityResult Cuts,
    int ComponentCount,
    int? StrongComponentCount,
    DominatorTree? DominatorTree,
    BetweennessResult? Centrality)
{
    /// <summary>Runs the requested algorithms on <paramref name="graph"/>.</summary>
    public static AnalysisReport Compute(SupplyGraph graph, AnalyzeRequest request, int? root, CancellationToken cancellationToken)
    {
        var direction = request.Directed ? EdgeDirection.Forward : EdgeDirection.Undirected;
        // Strong components need only the forward arrays, so they run beside the undirected work.
        var strong = request.Directed
            ? Task.Run(() => StronglyConnectedComponents.Find(graph, EdgeDirection.Forward, cancellationToken).Count, cancellationToken)
            : null;
        var cuts = Biconnectivity.Find(graph, cancellationToken);
        var components = ConnectedComponents.Find(graph, cancellationToken).Count;
        var tree = root is { } r ? Dominators.Compute(graph, r, direction, cancellationToken) : null;
        var centrality = request.Betweenness
            ? Betweenness.Compute(graph, new BetweennessOptions { Direction = direction, Samples = request.Samples, Seed = request.Seed },
            cancellationToken)
            : null;
        return new AnalysisReport(graph, request.Directed, cuts, components, strong?.GetAwaiter().GetResult(), tree, centrality);
    }
}
