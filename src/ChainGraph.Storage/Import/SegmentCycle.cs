using ChainGraph.Domain;

namespace ChainGraph.Storage.Import;

/// <summary>Finds a cycle in the segment template (which must be a DAG), iteratively.</summary>
internal static class SegmentCycle
{
    /// <summary>A cycle as a list of segment ids whose first and last are equal, or null when the links form a DAG.</summary>
    public static IReadOnlyList<string>? Find(IReadOnlyList<SegmentLink> links)
    {
        var next = links.GroupBy(l => l.From).ToDictionary(g => g.Key, g => g.Select(l => l.To).ToList());
        var state = new Dictionary<string, int>(); // 1 = on the current path, 2 = done
        foreach (var start in next.Keys.Order(StringComparer.Ordinal))
        {
            if (state.ContainsKey(start)) continue;
            var cycle = Walk(start, next, state);
            if (cycle is not null) return cycle;
        }
        return null;
    }

    private static List<string>? Walk(string start, Dictionary<string, List<string>> next, Dictionary<string, int> state)
    {
        var path = new List<string> { start };
        var cursor = new Stack<int>([0]);
        state[start] = 1;
        while (path.Count > 0)
        {
            var node = path[^1];
            var i = cursor.Pop();
            var children = next.GetValueOrDefault(node) ?? [];
            if (i == children.Count)
            {
                state[node] = 2;
                path.RemoveAt(path.Count - 1);
                continue;
            }
            cursor.Push(i + 1);
            var child = children[i];
            if (state.GetValueOrDefault(child) == 1) return [.. path.SkipWhile(n => n != child), child];
            if (state.ContainsKey(child)) continue;
            state[child] = 1;
            path.Add(child);
            cursor.Push(0);
        }
        return null;
    }
}
