using System.Text;
using System.Text.Json;

namespace ChainGraph.Storage.Import;

/// <summary>
/// Reads JSON Lines: one object per line with the same field names as the CSV columns. Numbers and
/// booleans are kept as their literal text so the typed parsing is shared with CSV; an array of strings
/// (for `labels`) is joined with `;`. Unknown fields are ignored with one warning per name.
/// </summary>
public sealed class JsonLinesRecordReader(Stream stream, string file, FileSpec spec, int maxRecord = 1 << 20) : IRecordReader
{
    private readonly HashSet<string> _warned = new(StringComparer.OrdinalIgnoreCase);
    private readonly ByteWindow _window = new(stream, maxRecord);
    private int _line;
    private long _consumed;

    public long Position => _consumed;

    public bool TryRead(out RawRecord record, ICollection<ImportIssue> issues)
    {
        try
        {
            return TryReadLine(out record, issues);
        }
        catch (RecordTooLongException e)
        {
            // A line over the limit stops the file, as in CSV.
            issues.Add(new(file, _line + 1, null, e.Message));
            record = default;
            return false;
        }
    }

    private bool TryReadLine(out RawRecord record, ICollection<ImportIssue> issues)
    {
        while (NextLine(out var bytes))
        {
            _line++;
            var trimmed = bytes.Trim(" \t\r"u8);
            if (_line == 1 && trimmed.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) trimmed = trimmed[3..];
            if (trimmed.IsEmpty) continue;
            var values = new string?[spec.Columns.Count];
            if (!Parse(trimmed, values, issues)) continue;
            record = new RawRecord(_line, values);
            return true;
        }
        record = default;
        return false;
    }

    public void Dispose() => stream.Dispose();

    private bool Parse(ReadOnlySpan<byte> json, string?[] values, ICollection<ImportIssue> issues)
    {
        try
        {
            var reader = new Utf8JsonReader(json);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return Fail(issues, "each line must be one JSON object");
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString()!;
                reader.Read();
                var column = spec.IndexOf(name);
                if (column < 0)
                {
                    if (_warned.Add(name)) issues.Add(HeaderMap.UnknownColumn(file, _line, name, "field"));
                    reader.Skip();
                    continue;
                }
                var value = ReadValue(ref reader);
                if (value is { Error: { } error }) return Fail(issues, error, name);
                values[column] = value.Text is "" ? null : value.Text;
            }
            return reader.TokenType == JsonTokenType.EndObject || Fail(issues, "the object is not closed");
        }
        catch (JsonException e)
        {
            return Fail(issues, "not valid JSON: " + e.Message.Split(" Path:")[0].Split(" LineNumber:")[0]);
        }
        catch (InvalidOperationException e) when (e.InnerException is DecoderFallbackException)
        {
            return Fail(issues, "the line is not valid UTF-8");
        }
    }

    private static (string? Text, string? Error) ReadValue(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String: return (reader.GetString(), null);
            case JsonTokenType.Number: return (Encoding.UTF8.GetString(reader.ValueSpan), null);
            case JsonTokenType.True: return ("true", null);
            case JsonTokenType.False: return ("false", null);
            case JsonTokenType.Null: return (null, null);
            case JsonTokenType.StartArray:
                var items = new List<string>();
                while (reader.Read() && reader.TokenType == JsonTokenType.String) items.Add(reader.GetString()!);
                return reader.TokenType == JsonTokenType.EndArray
                    ? (string.Join(';', items), null)
                    : (null, "an array may hold only strings");
            default:
                reader.Skip();
                return (null, "objects are not allowed as values");
        }
    }

    private bool Fail(ICollection<ImportIssue> issues, string message, string? column = null)
    {
        issues.Add(new(file, _line, column, message));
        return false;
    }

    private bool NextLine(out ReadOnlySpan<byte> line)
    {
        while (true)
        {
            var unread = _window.Unread;
            var newline = unread.IndexOf((byte)'\n');
            if (newline >= 0 || (_window.AtEndOfStream && unread.Length > 0))
            {
                var length = newline >= 0 ? newline : unread.Length;
                line = unread[..length];
                var taken = newline >= 0 ? length + 1 : length;
                _window.Start += taken;
                _consumed += taken;
                return true;
            }
            if (_window.AtEndOfStream)
            {
                line = default;
                return false;
            }
            _window.Fill();
        }
    }
}
