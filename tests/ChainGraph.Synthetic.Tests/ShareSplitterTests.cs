using ChainGraph.Synthetic;

namespace ChainGraph.Synthetic.Tests;

public sealed class ShareSplitterTests
{
    [Fact]
    public void Split_ThousandsOfRandomSupplierCounts_SumNeverAboveOneAndEveryShareAtLeastOneUnit()
    {
        var rng = new Random(1);
        var units = new int[ShareSplitter.MaxSuppliers];

        for (var trial = 0; trial < 5_000; trial++)
        {
            var k = trial % 50 == 0 ? ShareSplitter.MaxSuppliers : rng.Next(1, 40);
            var span = units.AsSpan(0, k);
            ShareSplitter.Split(rng, span, soleSource: rng.Next(2) == 0);

            span.ToArray().Sum().Should().BeLessThanOrEqualTo(ShareSplitter.UnitsPerWhole);
            span.ToArray().Should().OnlyContain(u => u >= 1);
        }
    }

    [Fact]
    public void Split_SingleSoleSource_AboveEightyPercent()
    {
        var rng = new Random(2);
        var units = new int[1];

        for (var trial = 0; trial < 1_000; trial++)
        {
            ShareSplitter.Split(rng, units, soleSource: true);
            units[0].Should().BeInRange(ShareSplitter.SoleSourceUnits + 1, ShareSplitter.UnitsPerWhole);
        }
    }

    [Fact]
    public void Split_SingleNotSole_AtMostEightyPercent()
    {
        var rng = new Random(3);
        var units = new int[1];

        for (var trial = 0; trial < 1_000; trial++)
        {
            ShareSplitter.Split(rng, units, soleSource: false);
            units[0].Should().BeLessThanOrEqualTo(ShareSplitter.SoleSourceUnits);
        }
    }
}
