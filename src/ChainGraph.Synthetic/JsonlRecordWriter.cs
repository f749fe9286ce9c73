using System.Text.Json;
using ChainGraph.Storage.Import;

namespace ChainGraph.Synthetic;

/// <summary>
/// JSON Lines: one object per record with the CSV column names as keys, numbers and booleans as JSON literals,
/// text and dates as strings, empty fields omitted.
/// </summary>
public sealed class JsonlRecordWriter(Stream stream, FileSpec file) : RecordWriter(stream, file)
{
    private bool anyField;

    protected override void BeginField(bool quoted)
    {
        Put(anyField ? (byte)',' : (byte)'{');
        anyField = true;
        Put((byte)'"');
        PutUtf8(File.Columns[Column].Name);
        Put("\":"u8);
        if (quoted) Put((byte)'"');
    }

    protected override void EndField(bool quoted)
    {
        if (quoted) Put((byte)'"');
        base.EndField(quoted);
    }

    protected override void WriteText(string value)
    {
        // JsonEncodedText escapes quotes, backslashes and control characters; the relaxed encoder keeps Chinese readable.
        var encoded = JsonEncodedText.Encode(value, System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        Put(encoded.EncodedUtf8Bytes);
    }

    protected override void SkipField()
    {
    }

    protected override void EndRecordCore()
    {
        if (!anyField) Put((byte)'{');
        Put("}\n"u8);
        anyField = false;
    }
}
