using ChainGraph.Storage.Import;

namespace ChainGraph.Synthetic;

/// <summary>
/// CSV with a header row: comma-separated, a field quoted with <c>"</c> only when it holds a comma, a quote or a line
/// break, inner quotes doubled.
/// </summary>
public sealed class CsvRecordWriter : RecordWriter
{
    public CsvRecordWriter(Stream stream, FileSpec file) : base(stream, file)
    {
        for (var i = 0; i < file.Columns.Count; i++)
        {
            if (i > 0) Put((byte)',');
            PutUtf8(file.Columns[i].Name);
        }
        Put((byte)'\n');
    }

    protected override void BeginField(bool quoted)
    {
        if (Column > 0) Put((byte)',');
    }

    protected override void WriteText(string value)
    {
        if (value.AsSpan().IndexOfAny(",\"\n\r") < 0)
        {
            PutUtf8(value);
            return;
        }
        Put((byte)'"');
        PutUtf8(value.Replace("\"", "\"\"", StringComparison.Ordinal));
        Put((byte)'"');
    }

    protected override void SkipField() => BeginField(quoted: false);

    protected override void EndRecordCore() => Put((byte)'\n');
}
