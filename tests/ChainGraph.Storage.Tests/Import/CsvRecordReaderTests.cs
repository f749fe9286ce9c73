using System.Text;
using ChainGraph.Storage.Import;

namespace ChainGraph.Storage.Tests.Import;

public sealed class CsvRecordReaderTests
{
    private static readonly FileSpec Spec = FileSpecs.Chains;

    private static (List<RawRecord> Records, List<ImportIssue> Issues) Read(byte[] bytes, int bufferChunks = 0)
    {
        var issues = new List<ImportIssue>();
        Stream stream = bufferChunks > 0 ? new TrickleStream(bytes, bufferChunks) : new MemoryStream(bytes);
        var reader = CsvRecordReader.Open(stream, "chains.csv", Spec, issues);
        var records = new List<RawRecord>();
        while (reader is not null && reader.TryRead(out var record, issues)) records.Add(record);
        return (records, issues);
    }

    private static (List<RawRecord> Records, List<ImportIssue> Issues) Read(string text) => Read(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void TryRead_BomCrlfAndQuotedFields_ReadsValuesAndPhysicalLines()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(
            "id,name,category\r\nnev,\"新能源,汽车\",future\r\nic,\"集成\r\n电路 \"\"IC\"\"\",strategic-emerging\r\n\r\n\r\n")).ToArray();

        var (records, issues) = Read(bytes);

        issues.Should().BeEmpty();
        records.Should().HaveCount(2);
        records[0].Values.Should().Equal("nev", "新能源,汽车", "future");
        records[1].Line.Should().Be(3);
        records[1].Values[1].Should().Be("集成\r\n电路 \"IC\"");
    }

    [Fact]
    public void TryRead_TinyReads_SameResultAsOneRead()
    {
        var text = "category,name,id\nfuture,\"a\nb\",x\nfuture,\"c,\"\"d\"\"\",y\nfuture,e,z";
        var whole = Read(Encoding.UTF8.GetBytes(text));

        var trickled = Read(Encoding.UTF8.GetBytes(text), bufferChunks: 1);

        trickled.Records.Select(r => (r.Line, string.Join("|", r.Values))).Should().Equal(whole.Records.Select(r => (r.Line, string.Join("|", r.Values))));
        whole.Records.Should().HaveCount(3);
        whole.Records[2].Values.Should().Equal("z", "e", "future");
    }

    [Fact]
    public void TryRead_ValuesRepeatedAndChangedRowAfterRow_EachRowKeepsItsOwnValues()
    {
        var (records, issues) = Read("id,name,category\nx,\"a\"\"b\",future\ny,a\"b,future\nz,\"a\",\nz,a,future\nw,,future\n");

        issues.Should().BeEmpty();
        records.Select(r => string.Join("|", r.Values.Select(v => v ?? "<null>")))
            .Should().Equal("x|a\"b|future", "y|a\"b|future", "z|a|<null>", "z|a|future", "w|<null>|future");
    }

    [Fact]
    public void Open_ColumnsInAnyOrderWithExtra_MapsByNameAndWarns()
    {
        var (records, issues) = Read("note,category,id,name\nhello,future,x,名字\n");

        records.Single().Values.Should().Equal("x", "名字", "future");
        issues.Should().ContainSingle(i => i.Severity == IssueSeverity.Warning && i.Column == "note");
    }

    [Fact]
    public void TryRead_WrongColumnCount_RejectsRowWithLine()
    {
        var (records, issues) = Read("id,name,category\na,b,future\nc,d\ne,f,future,extra\n");

        records.Should().ContainSingle();
        issues.Select(i => i.Line).Should().Equal(3, 4);
        issues[0].Message.Should().Contain("expected 3 columns").And.Contain("found 2");
    }

    [Fact]
    public void TryRead_InvalidUtf8_ReportsLineAndColumn()
    {
        var bytes = Encoding.UTF8.GetBytes("id,name,category\na,ok,future\nb,").Concat(new byte[] { 0xE4, 0xB8 }).Concat(Encoding.UTF8.GetBytes(",future\n")).ToArray();

        var (records, issues) = Read(bytes);

        records.Should().ContainSingle();
        issues.Should().ContainSingle().Which.Should().Match<ImportIssue>(i => i.Line == 3 && i.Column == "name" && i.Message.Contains("UTF-8"));
    }

    [Fact]
    public void Open_Utf16_Refused()
    {
        var (_, issues) = Read(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("id,name,category\n")).ToArray());

        issues.Should().ContainSingle().Which.Message.Should().Contain("UTF-16");
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("id,category\n", "'name'")]
    [InlineData("id,name,name,category\n", "twice")]
    public void Open_BadHeader_Refused(string text, string reason)
    {
        var (records, issues) = Read(text);

        records.Should().BeEmpty();
        issues.Where(i => i.Severity == IssueSeverity.Error).Should().Contain(i => i.Message.Contains(reason) || (i.Column != null && reason.Contains(i.Column)));
    }

    [Fact]
    public void TryRead_UnterminatedQuote_ReportsTheLineWhereItOpened()
    {
        var (_, issues) = Read("id,name,category\na,b,future\nc,\"open,future\nd,e,future\n");

        issues.Should().ContainSingle().Which.Line.Should().Be(3);
    }

    /// <summary>Returns at most a few bytes per read, to exercise records that straddle buffer refills.</summary>
    private sealed class TrickleStream(byte[] bytes, int chunk) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, chunk));
    }
}
