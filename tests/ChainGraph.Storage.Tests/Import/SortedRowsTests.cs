using ChainGraph.Storage.Import;
using ChainGraph.Storage.Sqlite;

namespace ChainGraph.Storage.Tests.Import;

public sealed class SortedRowsTests
{
    private static List<SupplyRow> RandomRows(int count, int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(i => new SupplyRow(
            random.Next(50), random.Next(5), i, random.NextDouble(), i % 3 == 0 ? double.NaN : i, 0.5, i % 7 - 1, i))];
    }

    [Fact]
    public void Sorted_ChunksSpilled_SameOrderAsOneSort()
    {
        using var folder = new TestFolder(withTemplates: false);
        var rows = RandomRows(1_000, seed: 7);
        using var sorter = new SortedRows<SupplyRow>(folder.Path, chunkRows: 64);

        foreach (var row in rows) sorter.Add(row);
        var sorted = sorter.Sorted().ToList();

        sorter.SpilledRuns.Should().Be(15);
        sorted.Should().Equal(rows.Order());
    }

    [Fact]
    public void Sorted_WithinOneChunk_NothingSpilled()
    {
        using var folder = new TestFolder(withTemplates: false);
        var rows = RandomRows(100, seed: 3);
        using var sorter = new SortedRows<SupplyRow>(folder.Path, chunkRows: 100);

        foreach (var row in rows) sorter.Add(row);

        sorter.Sorted().Should().Equal(rows.Order());
        sorter.SpilledRuns.Should().Be(0);
        Directory.GetFiles(folder.Path).Should().BeEmpty();
    }

    [Fact]
    public void Sort_BeforeSorted_SameOrderAndMoreRowsAddedAfterwardsStillSorted()
    {
        using var folder = new TestFolder(withTemplates: false);
        var rows = RandomRows(300, seed: 11);
        using var sorter = new SortedRows<SupplyRow>(folder.Path, chunkRows: 1_000);
        foreach (var row in rows.Take(200)) sorter.Add(row);

        sorter.Sort();
        foreach (var row in rows.Skip(200)) sorter.Add(row);

        sorter.Sorted().Should().Equal(rows.Order());
    }

    [Fact]
    public void Dispose_SpilledRuns_TemporaryFilesDeleted()
    {
        using var folder = new TestFolder(withTemplates: false);
        var sorter = new SortedRows<SupplyRow>(folder.Path, chunkRows: 10);
        foreach (var row in RandomRows(35, seed: 1)) sorter.Add(row);
        Directory.GetFiles(folder.Path).Should().HaveCount(3);

        sorter.Dispose();

        Directory.GetFiles(folder.Path).Should().BeEmpty();
    }
}
