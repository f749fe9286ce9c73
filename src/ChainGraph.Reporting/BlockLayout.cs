namespace ChainGraph.Reporting;

/// <summary>
/// Places a chain's segments as blocks along its template, as the chain map page does (web/chainmap/src/layout.js):
/// a segment's column is its longest FEEDS path to a segment that feeds nothing, counted from the right, so each
/// segment sits just before what it feeds; inside a column blocks follow their customers' rows (barycentre), and a
/// column with more than <c>maxRows</c> blocks is split in two. Pure and deterministic.
/// </summary>
internal static class BlockLayout
{
    /// <summary>Where one block goes: track (column from the left, after splitting) and row inside the track.</summary>
    public readonly record struct Slot(int Track, int Row, int RowsInTrack);

    /// <param name="segments">Segment ids in upstream → downstream order.</param>
    /// <param name="feeds">For each segment id, the ids it feeds.</param>
    /// <param name="maxRows">The most blocks one track may hold.</param>
    /// <returns>The slot of every segment, the number of tracks and the most rows in any track.</returns>
    public static (IReadOnlyDictionary<string, Slot> Slots, int Tracks, int Rows) Place(
        IReadOnlyList<string> segments, IReadOnlyDictionary<string, IReadOnlyList<string>> feeds, int maxRows)
    {
        var depth = ToSink(segments, feeds);
        var columns = Columns(segments, feeds, depth);
        var slots = new Dictionary<string, Slot>();
        var track = 0;
        var rows = 1;
        foreach (var column in columns)
        {
            var parts = Math.Max(1, (column.Count + maxRows - 1) / maxRows);
            var perPart = (column.Count + parts - 1) / Math.Max(1, parts);
            for (var p = 0; p < parts; p++, track++)
            {
                var part = column.Skip(p * perPart).Take(perPart).ToList();
                rows = Math.Max(rows, part.Count);
                for (var r = 0; r < part.Count; r++) slots[part[r]] = new Slot(track, r, part.Count);
            }
        }
        return (slots, Math.Max(1, track), rows);
    }

    /// <summary>Longest FEEDS path to a sink; segments come in topological order, so one backward pass suffices.</summary>
    private static Dictionary<string, int> ToSink(IReadOnlyList<string> segments, IReadOnlyDictionary<string, IReadOnlyList<string>> feeds)
    {
        var depth = segments.ToDictionary(s => s, _ => 0);
        for (var i = segments.Count - 1; i >= 0; i--)
        {
            var next = Targets(segments[i], feeds).Where(depth.ContainsKey).ToList();
            depth[segments[i]] = next.Count == 0 ? 0 : 1 + next.Max(t => depth[t]);
        }
        return depth;
    }

    private static List<List<string>> Columns(IReadOnlyList<string> segments, IReadOnlyDictionary<string, IReadOnlyList<string>> feeds,
        Dictionary<string, int> depth)
    {
        var last = depth.Count == 0 ? 0 : depth.Values.Max();
        var position = segments.Select((s, i) => (s, i)).ToDictionary(p => p.s, p => p.i);
        var columns = Enumerable.Range(0, last + 1).Select(_ => new List<string>()).ToList();
        foreach (var s in segments) columns[last - depth[s]].Add(s);
        var row = new Dictionary<string, double>();
        for (var c = columns.Count - 1; c >= 0; c--)
        {
            double Centre(string s)
            {
                var targets = Targets(s, feeds).Where(row.ContainsKey).Select(t => row[t]).ToList();
                return targets.Count > 0 ? targets.Average() : position[s];
            }
            columns[c] = [.. columns[c].OrderBy(Centre).ThenBy(s => position[s])];
            for (var i = 0; i < columns[c].Count; i++) row[columns[c][i]] = (i + 0.5) / columns[c].Count;
        }
        return columns;
    }

    private static IReadOnlyList<string> Targets(string segment, IReadOnlyDictionary<string, IReadOnlyList<string>> feeds) =>
        feeds.TryGetValue(segment, out var targets) ? targets : [];
}
