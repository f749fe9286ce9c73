using ChainGraph.Analysis.Graph;

namespace ChainGraph.Analysis.Algorithms;

/// <summary>
/// Strongly connected components (Tarjan, with the recursion made explicit). Components are numbered in the order
/// Tarjan completes them, a reverse topological order of the condensation: every edge between two components
/// goes from the higher label to the lower. O(n + m) time.
/// </summary>
public static class StronglyConnectedComponents
{
    /// <summary>Labels every node with its strongly connected component, following edges in <paramref name="direction"/>.</summary>
    public static ComponentLabeling Find(SupplyGraph graph, EdgeDirection direction = EdgeDirection.Forward,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var search = new TarjanSearch(graph.Adjacency(direction));
        for (var root = 0; root < graph.NodeCount; root++)
        {
            if (search.Visited(root)) continue;
            cancellationToken.ThrowIfCancellationRequested();
            search.Run(root, cancellationToken);
        }
        return ComponentLabeling.FromLabels(search.Count, search.Labels);
    }

    private sealed class TarjanSearch
    {
        private readonly int[] offsets;
        private readonly int[] targets;
        private readonly int[] index;
        private readonly int[] low;
        private readonly int[] nextSlot;
        private readonly int[] callStack;
        private readonly int[] open;
        private int openCount;
        private int clock;

        public TarjanSearch(Adjacency adjacency)
        {
            var n = adjacency.NodeCount;
            offsets = adjacency.OffsetArray;
            targets = adjacency.TargetArray;
            index = new int[n];
            low = new int[n];
            nextSlot = new int[n];
            callStack = new int[n];
            open = new int[n];
            Labels = new int[n];
            Array.Fill(Labels, -1);
        }

        public int[] Labels { get; }

        public int Count { get; private set; }

        public bool Visited(int node) => index[node] != 0;

        // The recursive algorithm with an explicit call stack; a node is on Tarjan's stack
        // exactly when it is visited and not yet labelled.
        public void Run(int root, CancellationToken cancellationToken)
        {
            var depth = 0;
            Visit(root, ref depth);
            while (depth > 0)
            {
                var u = callStack[depth - 1];
                if (nextSlot[u] < offsets[u + 1])
                {
                    var v = targets[nextSlot[u]++];
                    if (index[v] == 0)
                    {
                        Visit(v, ref depth);
                        if ((clock & 0xFFFF) == 0) cancellationToken.ThrowIfCancellationRequested();
                    }
                    else if (Labels[v] < 0)
                    {
                        low[u] = Math.Min(low[u], index[v]);
                    }
                    continue;
                }
                depth--;
                if (low[u] == index[u]) CloseComponent(u);
                if (depth > 0) low[callStack[depth - 1]] = Math.Min(low[callStack[depth - 1]], low[u]);
            }
        }

        private void Visit(int node, ref int depth)
        {
            index[node] = low[node] = ++clock;
            nextSlot[node] = offsets[node];
            callStack[depth++] = node;
            open[openCount++] = node;
        }

        private void CloseComponent(int head)
        {
            int member;
            do
            {
                member = open[--openCount];
                Labels[member] = Count;
            }
            while (member != head);
            Count++;
        }
    }
}
