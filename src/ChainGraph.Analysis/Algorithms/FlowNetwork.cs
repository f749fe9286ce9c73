namespace ChainGraph.Analysis.Algorithms;

/// <summary>
/// A residual network in CSR form with Dinic's max-flow (BFS levels, then blocking flows found by an explicit-stack
/// DFS with current-arc pointers). Add arcs, call <see cref="Seal"/>, then <see cref="MaxFlow"/>.
/// </summary>
internal sealed class FlowNetwork(int nodeCount)
{
    /// <summary>Capacity that never limits a flow (flows here are bounded by node count).</summary>
    public const int Infinite = 1 << 30;

    private readonly List<int> arcFrom = [];
    private readonly List<int> arcTo = [];
    private readonly List<int> arcCapacity = [];
    private int[] offsets = [];
    private int[] head = [];
    private int[] capacity = [];
    private int[] reverse = [];

    public void AddArc(int from, int to, int capacityValue)
    {
        arcFrom.Add(from);
        arcTo.Add(to);
        arcCapacity.Add(capacityValue);
    }

    /// <summary>Lays the arcs and their zero-capacity reverses out in CSR order.</summary>
    public void Seal()
    {
        var arcs = arcFrom.Count;
        offsets = new int[nodeCount + 1];
        for (var a = 0; a < arcs; a++)
        {
            offsets[arcFrom[a] + 1]++;
            offsets[arcTo[a] + 1]++;
        }
        for (var v = 0; v < nodeCount; v++) offsets[v + 1] += offsets[v];
        var cursor = (int[])offsets.Clone();
        head = new int[2 * arcs];
        capacity = new int[2 * arcs];
        reverse = new int[2 * arcs];
        for (var a = 0; a < arcs; a++)
        {
            var forward = cursor[arcFrom[a]]++;
            var backward = cursor[arcTo[a]]++;
            (head[forward], capacity[forward], reverse[forward]) = (arcTo[a], arcCapacity[a], backward);
            (head[backward], capacity[backward], reverse[backward]) = (arcFrom[a], 0, forward);
        }
    }

    /// <summary>
    /// Pushes flow from <paramref name="source"/> to <paramref name="sink"/> until none is left or <paramref name="limit"/> is reached;
    /// returns the flow.
    /// </summary>
    public int MaxFlow(int source, int sink, int limit, CancellationToken cancellationToken)
    {
        var level = new int[nodeCount];
        var current = new int[nodeCount];
        var path = new int[nodeCount];
        var flow = 0;
        while (flow < limit && Levels(source, sink, level))
        {
            cancellationToken.ThrowIfCancellationRequested();
            Array.Copy(offsets, current, nodeCount);
            flow += BlockingFlow(source, sink, limit - flow, level, current, path);
        }
        return flow;
    }

    /// <summary>Nodes reachable from <paramref name="source"/> through arcs with residual capacity.</summary>
    public bool[] ResidualReachable(int source)
    {
        var seen = new bool[nodeCount];
        var queue = new int[nodeCount];
        int read = 0, write = 0;
        queue[write++] = source;
        seen[source] = true;
        while (read < write)
        {
            var u = queue[read++];
            for (var a = offsets[u]; a < offsets[u + 1]; a++)
            {
                if (capacity[a] == 0 || seen[head[a]]) continue;
                seen[head[a]] = true;
                queue[write++] = head[a];
            }
        }
        return seen;
    }

    private bool Levels(int source, int sink, int[] level)
    {
        Array.Fill(level, -1);
        var queue = new int[nodeCount];
        int read = 0, write = 0;
        queue[write++] = source;
        level[source] = 0;
        while (read < write)
        {
            var u = queue[read++];
            for (var a = offsets[u]; a < offsets[u + 1]; a++)
            {
                if (capacity[a] == 0 || level[head[a]] >= 0) continue;
                level[head[a]] = level[u] + 1;
                queue[write++] = head[a];
            }
        }
        return level[sink] >= 0;
    }

    // The recursive "dfs(u, pushed)" of textbook Dinic with the path kept in an array: advance along
    // level-increasing arcs with capacity, augment on reaching the sink and back up to the first saturated
    // arc, retreat (and skip the arc) on a dead end.
    private int BlockingFlow(int source, int sink, int limit, int[] level, int[] current, int[] path)
    {
        var pushed = 0;
        var length = 0;
        var u = source;
        while (pushed < limit)
        {
            if (u == sink)
            {
                var bottleneck = limit - pushed;
                for (var k = 0; k < length; k++) bottleneck = Math.Min(bottleneck, capacity[path[k]]);
                var firstSaturated = -1;
                for (var k = 0; k < length; k++)
                {
                    capacity[path[k]] -= bottleneck;
                    capacity[reverse[path[k]]] += bottleneck;
                    if (firstSaturated < 0 && capacity[path[k]] == 0) firstSaturated = k;
                }
                pushed += bottleneck;
                if (firstSaturated < 0) break;
                length = firstSaturated;
                u = length == 0 ? source : head[path[length - 1]];
                continue;
            }
            var end = offsets[u + 1];
            while (current[u] < end && (capacity[current[u]] == 0 || level[head[current[u]]] != level[u] + 1)) current[u]++;
            if (current[u] < end)
            {
                path[length++] = current[u];
                u = head[current[u]];
                continue;
            }
            if (u == source) break;
            level[u] = -1;
            length--;
            u = length == 0 ? source : head[path[length - 1]];
            current[u]++;
        }
        return pushed;
    }
}
