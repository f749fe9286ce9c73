using ChainGraph.Storage.Snapshots;

namespace ChainGraph.Storage.Tests.Snapshots;

public sealed class HugePagesTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(1 << 20)]
    [InlineData(3_000_001)]
    public void Advise_AnyArray_KeepsItsContentsAndTakesWrites(int count)
    {
        var values = Enumerable.Range(0, count).Select(i => i * 7).ToArray();

        HugePages.Advise(values);
        for (var i = 0; i < count; i += 4099) values[i] = -i;

        Enumerable.Range(0, count).Count(i => values[i] != (i % 4099 == 0 ? -i : i * 7)).Should().Be(0);
    }
}
