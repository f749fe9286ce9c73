using ChainGraph.Storage.Import;

namespace ChainGraph.Storage.Tests.Import;

public sealed class ReadAheadTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(4096)]
    [InlineData(50_001)]
    public void Of_AnySize_SameItemsInTheSameOrder(int count)
    {
        var items = Enumerable.Range(0, count).Select(i => i * 7 % 1009).ToList();

        ReadAhead.Of(items).Should().Equal(items);
    }

    [Fact]
    public void Of_SourceFailsPartWay_ItemsBeforeThenTheSourcesException()
    {
        var read = new List<int>();

        var act = () =>
        {
            foreach (var item in ReadAhead.Of(Failing(10_000))) read.Add(item);
        };

        act.Should().Throw<InvalidDataException>().WithMessage("the files changed after validation");
        read.Should().Equal(Enumerable.Range(0, 10_000 / ReadAhead.BatchSize * ReadAhead.BatchSize),
            "whole batches before the failure arrive; the failed one does not");
    }

    [Fact]
    public void Of_ReaderStopsEarly_SourceStoppedAndFinishedBeforeTheReaderGoesOn()
    {
        var source = new CountingSource();

        var first = ReadAhead.Of(source).Take(10).ToList();
        var afterwards = source.Produced;
        Thread.Sleep(100);

        first.Should().Equal(Enumerable.Range(0, 10));
        source.Finished.Should().BeTrue("the reader waits for the source to stop");
        source.Produced.Should().Be(afterwards, "nothing is read after the reader returned");
        afterwards.Should().BeLessThan(1_000_000, "the source is at most a few batches ahead, not read to its end");
    }

    private static IEnumerable<int> Failing(int at)
    {
        for (var i = 0; i < at; i++) yield return i;
        throw new InvalidDataException("the files changed after validation");
    }

    private sealed class CountingSource : IEnumerable<int>
    {
        public int Produced;
        public bool Finished;

        public IEnumerator<int> GetEnumerator()
        {
            try
            {
                for (var i = 0; i < 1_000_000; i++)
                {
                    Interlocked.Increment(ref Produced);
                    yield return i;
                }
            }
            finally
            {
                Finished = true;
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
