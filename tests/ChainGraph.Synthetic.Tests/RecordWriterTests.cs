using System.Text;
using ChainGraph.Storage.Import;
using ChainGraph.Synthetic;

namespace ChainGraph.Synthetic.Tests;

public sealed class RecordWriterTests
{
    private static readonly FileSpec File = new(RecordKind.Chains, "t", [new("a", true, ""), new("b", false, ""), new("c", false, "")]);

    [Fact]
    public void Csv_FieldsWithSeparatorsQuotesOrNewlines_QuotedWithDoubledQuotes()
    {
        var text = Write(OutputFormat.Csv, w => { w.Text("Lumion Semiconductor, Inc."); w.Text("say \"hi\""); w.Text("two\nlines"); });

        text.Should().Be("a,b,c\n\"Lumion Semiconductor, Inc.\",\"say \"\"hi\"\"\",\"two\nlines\"\n");
    }

    [Fact]
    public void Csv_PlainChineseAndEmpty_Unquoted()
    {
        var text = Write(OutputFormat.Csv, w => { w.Text("深圳市华鑫电池科技有限公司"); w.Text(null); w.Boolean(true); });

        text.Should().Be("a,b,c\n深圳市华鑫电池科技有限公司,,true\n");
    }

    [Theory]
    [InlineData(1234, 4, "0.1234")]
    [InlineData(5000, 4, "0.5")]
    [InlineData(10000, 4, "1")]
    [InlineData(12345678, 2, "123456.78")]
    [InlineData(-15, 1, "-1.5")]
    [InlineData(7, 4, "0.0007")]
    public void Fixed_Units_ExactDecimalWithoutTrailingZeros(long units, int decimals, string expected)
    {
        var text = Write(OutputFormat.Csv, w => { w.Fixed(units, decimals); w.Empty(); w.Empty(); });

        text.Should().Be($"a,b,c\n{expected},,\n");
    }

    [Fact]
    public void Jsonl_EmptyFieldsOmittedNumbersBareStringsEscaped()
    {
        var text = Write(OutputFormat.Jsonl, w => { w.Text("深圳 \"x\"\\"); w.Empty(); w.Number(0.12345, 4); });

        text.Should().Be("{\"a\":\"深圳 \\\"x\\\"\\\\\",\"c\":0.1235}\n");
    }

    [Fact]
    public void Jsonl_AllFieldsEmpty_EmptyObject()
    {
        Write(OutputFormat.Jsonl, w => { w.Empty(); w.Empty(); w.Empty(); }).Should().Be("{}\n");
    }

    [Fact]
    public void EndRecord_MissingField_Throws()
    {
        var act = () => Write(OutputFormat.Csv, w => w.Text("only one"));

        act.Should().Throw<InvalidOperationException>();
    }

    private static string Write(OutputFormat format, Action<RecordWriter> fields)
    {
        var stream = new MemoryStream();
        using (var writer = format == OutputFormat.Csv ? (RecordWriter)new CsvRecordWriter(stream, File) : new JsonlRecordWriter(stream, File))
        {
            fields(writer);
            writer.EndRecord();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
