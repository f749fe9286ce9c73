using System.Text;
using ChainGraph.Domain.Tables;

namespace ChainGraph.Domain.Tests.Tables;

/// <summary>
/// <see cref="OutputOrder"/> against the comparison sort the enterprise filter used before it: output, largest first
/// (<see cref="double.CompareTo(double)"/> on the negated outputs), then the ids' UTF-8 bytes.
/// </summary>
public sealed class OutputOrderTests
{
    // Outputs drawn from few values (runs of equal output, as a million firms with four decimals have), zeros of both
    // signs, and ids of different lengths and scripts, so ties are broken on bytes beyond ASCII.
    private static EnterpriseTable RandomTable(int count, int seed, bool withNaN = false)
    {
        var random = new Random(seed);
        double[] outputs = [0.0, -0.0, 0.02, 0.5, 1, 1.5, 2, 37.25, 1e6, double.PositiveInfinity];
        const string alphabet = "0189ACZaz长中Ü";
        var ids = new HashSet<string>();
        while (ids.Count < count)
            ids.Add(new string([.. Enumerable.Range(0, random.Next(1, 6)).Select(_ => alphabet[random.Next(alphabet.Length)])]));
        return EnterpriseTable.From([.. ids.Select(id => new Enterprise(id, "n", null, null, "CN", null,
            withNaN && random.Next(20) == 0 ? double.NaN
            : random.Next(3) == 0 ? random.NextDouble() * 100 : outputs[random.Next(outputs.Length)]))]);
    }

    private static int[] ComparisonSort(EnterpriseTable table, IEnumerable<int> rows)
    {
        var sorted = rows.ToArray();
        Array.Sort(sorted, (a, b) => (-table.Output(a)).CompareTo(-table.Output(b)) is var order and not 0
            ? order
            : Encoding.UTF8.GetBytes(table.Id(a)).AsSpan().SequenceCompareTo(Encoding.UTF8.GetBytes(table.Id(b))));
        return sorted;
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 2)]
    [InlineData(2, 3)]
    [InlineData(5_000, 4)]
    [InlineData(20_000, 5)]
    public void Of_RandomFirms_RowsAsTheComparisonSortAndRanksTheirInverse(int count, int seed)
    {
        var table = RandomTable(count, seed);

        var order = OutputOrder.Of(table);

        order.Count.Should().Be(count);
        order.Rows.ToArray().Should().Equal(ComparisonSort(table, Enumerable.Range(0, count)));
        for (var rank = 0; rank < count; rank++) order.Ranks[order.Rows[rank]].Should().Be(rank);
    }

    [Fact]
    public void Of_NaNOutputs_FirstThenByIdAsTheComparisonSort()
    {
        var table = RandomTable(3_000, 6, withNaN: true);

        OutputOrder.Of(table).Rows.ToArray().Should().Equal(ComparisonSort(table, Enumerable.Range(0, table.Count)));
    }

    [Theory]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(9)]
    public void Sort_RandomSubsets_TheWholeOrderRestrictedToThem(int seed)
    {
        var table = RandomTable(10_000, seed);
        var random = new Random(seed);
        var whole = OutputOrder.Of(table).Rows.ToArray();

        foreach (var share in new[] { 0.0, 0.001, 0.1, 0.5, 1.0 })
        {
            var subset = Enumerable.Range(0, table.Count).Where(_ => random.NextDouble() < share).ToArray();
            random.Shuffle(subset);
            var inSubset = subset.ToHashSet();

            OutputOrder.Sort(table, subset).Should().Equal(whole.Where(inSubset.Contains), $"a subset of {share:P1}");
        }
    }

    [Fact]
    public void ByOutput_MadeOnFirstUseOnly_ThenShared()
    {
        var table = RandomTable(100, 10);

        table.ByOutputIfMade.Should().BeNull();
        var order = table.ByOutput;

        table.ByOutputIfMade.Should().BeSameAs(order);
        table.ByOutput.Should().BeSameAs(order);
    }
}
