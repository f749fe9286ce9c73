using System.Text;
using ChainGraph.Analysis.Graph;

namespace ChainGraph.Analysis.Tests.Graph;

public sealed class EdgeListReaderTests
{
    [Fact]
    public void Read_QuotedFields_CommasQuotesAndLineBreaksInsideIds()
    {
        var graph = Read("source,target\n\"a,1\",\"b \"\"x\"\"\"\n\"multi\nline\",c\n");
        graph.NodeIds.Should().Equal("a,1", "b \"x\"", "multi\nline", "c");
        graph.EdgeCount.Should().Be(2);
    }

    [Fact]
    public void Read_CrLfBomBlankLinesAndExtraColumns_Ignored()
    {
        var graph = Read("\uFEFFsource,target,weight\r\n\r\na,b,1\r\nb,\"c\",\"2,5\"\r\n\r\nc,a");
        graph.NodeIds.Should().Equal("a", "b", "c");
        graph.EdgeCount.Should().Be(3);
    }

    [Fact]
    public void Read_UnicodeAndSpaces_KeptVerbatim()
    {
        var graph = Read("s,t\n企业 甲, b\n");
        graph.NodeIds.Should().Equal("企业 甲", " b");
    }

    [Fact]
    public void Read_SelfLoopAndDuplicates_NodeKeptEdgesMerged()
    {
        var graph = Read("s,t\na,a\nb,c\nb,c\n");
        graph.NodeIds.Should().Equal("a", "b", "c");
        graph.EdgeCount.Should().Be(1);
    }

    [Theory]
    [InlineData("")]
    [InlineData("source,target\n")]
    [InlineData("source,target")]
    public void Read_NoEdges_EmptyGraph(string text) => Read(text).NodeCount.Should().Be(0);

    [Theory]
    [InlineData("s,t\na,b\nc\n", 3, "expected at least two columns")]
    [InlineData("s,t\na,b\n,b\n", 3, "empty source id")]
    [InlineData("s,t\n\na,\"\"\n", 3, "empty target id")]
    [InlineData("s,t\n\"a\nb\",c\nd,\"e\n", 4, "unterminated quoted field")]
    [InlineData("s,t\n\"a\"x,b\n", 2, "unexpected character after a closing quote")]
    [InlineData("source\n", 1, "expected at least two columns")]
    public void Read_MalformedRecord_ReportsLineAndReason(string text, long line, string reason)
    {
        var act = () => Read(text);
        act.Should().Throw<EdgeListFormatException>()
            .Where(e => e.Line == line && e.Reason.Contains(reason) && e.FileName == "test.csv" && e.Message.StartsWith($"test.csv:{line}: "));
    }

    [Fact]
    public void Read_OneByteAtATime_SameGraphAsWholeBuffer()
    {
        var text = string.Join("", Enumerable.Range(0, 500).Select(i => $"\"n,{i % 37}\",n{(i * 7) % 41}\r\n"));
        var whole = Read("s,t\r\n" + text);
        var trickled = EdgeListReader.Read(new TrickleStream(Encoding.UTF8.GetBytes("s,t\r\n" + text)), "trickle.csv");
        trickled.NodeIds.Should().Equal(whole.NodeIds);
        trickled.Out.Targets.ToArray().Should().Equal(whole.Out.Targets.ToArray());
    }

    [Fact]
    public void Read_IdLongerThanTheBuffer_Grows()
    {
        var id = new string('x', 3 << 20);
        Read($"s,t\n{id},b\n").NodeIds.Should().Equal(id, "b");
    }

    [Fact]
    public void Read_ManyDistinctIds_InternedOnceEach()
    {
        var text = new StringBuilder("s,t\n");
        for (var i = 0; i < 50_000; i++) text.Append("E").Append(i % 20_000).Append(",E").Append((i * 31) % 20_000).Append('\n');
        var graph = Read(text.ToString());
        graph.NodeCount.Should().Be(20_000);
        graph.NodeIds.Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Read_Cancelled_Throws()
    {
        var act = () => EdgeListReader.Read(new MemoryStream("s,t\na,b\n"u8.ToArray()), "x", new CancellationToken(canceled: true));
        act.Should().Throw<OperationCanceledException>();
    }

    private static SupplyGraph Read(string text) => EdgeListReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), "test.csv");

    /// <summary>Returns at most one byte per read, so every record straddles buffer refills.</summary>
    private sealed class TrickleStream(byte[] data) : MemoryStream(data)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, 1));
    }
}
