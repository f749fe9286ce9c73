using ChainGraph.Reporting;

namespace ChainGraph.Reporting.Tests;

public sealed class BlockLayoutTests
{
    /// <summary>Random templates: segments 0..n-1 in topological order, each edge from a lower to a higher index.</summary>
    private static (List<string> Segments, Dictionary<string, IReadOnlyList<string>> Feeds) RandomTemplate(Random random)
    {
        var n = random.Next(1, 16);
        var segments = Enumerable.Range(0, n).Select(i => $"s{i}").ToList();
        var feeds = new Dictionary<string, IReadOnlyList<string>>();
        for (var i = 0; i < n - 1; i++)
        {
            var targets = Enumerable.Range(i + 1, n - i - 1).Where(_ => random.NextDouble() < 0.25).Select(j => $"s{j}").ToList();
            if (targets.Count > 0) feeds[$"s{i}"] = targets;
        }
        return (segments, feeds);
    }

    /// <summary>Longest path to a sink by enumerating every path (exponential, fine for 15 nodes): the oracle.</summary>
    private static int LongestToSink(string s, Dictionary<string, IReadOnlyList<string>> feeds) =>
        feeds.TryGetValue(s, out var next) ? 1 + next.Max(t => LongestToSink(t, feeds)) : 0;

    [Fact]
    public void Place_RandomTemplates_EveryLinkPointsRightAndNoSlotIsShared()
    {
        var random = new Random(11);
        for (var run = 0; run < 500; run++)
        {
            var (segments, feeds) = RandomTemplate(random);
            var maxRows = random.Next(2, 7);

            var (slots, tracks, rows) = BlockLayout.Place(segments, feeds, maxRows);

            slots.Keys.Should().BeEquivalentTo(segments);
            slots.Values.Select(s => (s.Track, s.Row)).Should().OnlyHaveUniqueItems();
            slots.Values.Should().OnlyContain(s => s.Row < s.RowsInTrack && s.RowsInTrack <= maxRows && s.Track < tracks);
            rows.Should().Be(slots.Values.Max(s => s.RowsInTrack));
            foreach (var (from, targets) in feeds)
                targets.Should().OnlyContain(t => slots[t].Track > slots[from].Track, $"{from} feeds them (run {run})");
        }
    }

    [Fact]
    public void Place_RandomTemplates_ColumnsFollowTheLongestPathToTheEnd()
    {
        var random = new Random(12);
        for (var run = 0; run < 300; run++)
        {
            var (segments, feeds) = RandomTemplate(random);

            var (slots, _, _) = BlockLayout.Place(segments, feeds, maxRows: 100);

            var last = segments.Max(s => LongestToSink(s, feeds));
            foreach (var s in segments) slots[s].Track.Should().Be(last - LongestToSink(s, feeds), $"segment {s}, run {run}");
        }
    }

    [Fact]
    public void Place_EightSuppliersOfOneAssembler_SplitIntoTwoTracksOfFour()
    {
        var suppliers = Enumerable.Range(0, 8).Select(i => $"p{i}").ToList();
        var feeds = suppliers.ToDictionary(p => p, _ => (IReadOnlyList<string>)["device"]);

        var (slots, tracks, rows) = BlockLayout.Place([.. suppliers, "device"], feeds, maxRows: 6);

        tracks.Should().Be(3);
        rows.Should().Be(4);
        suppliers.GroupBy(p => slots[p].Track).Select(g => g.Count()).Should().Equal(4, 4);
        slots["device"].Track.Should().Be(2);
    }
}
