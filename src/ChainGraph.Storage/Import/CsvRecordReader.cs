using System.Buffers;
using System.Text.Unicode;

namespace ChainGraph.Storage.Import;

/// <summary>
/// A streaming RFC 4180 reader over bytes: UTF-8 with or without BOM, LF or CRLF, quoted fields with
/// commas, quotes and newlines, blank lines skipped. Our own rather than CsvHelper's because every
/// field is decoded strictly, so invalid UTF-8 is reported with its line and column instead of being
/// replaced with U+FFFD, and because line numbers must be physical lines of the file.
/// </summary>
public sealed class CsvRecordReader : IRecordReader
{
    private const byte Quote = (byte)'"';
    private const byte Comma = (byte)',';
    private const byte Cr = (byte)'\r';
    private const byte Lf = (byte)'\n';
    private static readonly SearchValues<byte> FieldEnds = SearchValues.Create(",\r\n"u8);

    private readonly Stream _stream;
    private readonly string _file;
    private HeaderMap _header = HeaderMap.Empty;
    private readonly List<Range> _fields = new(16);
    private readonly List<bool> _quoted = new(16);
    private char[] _chars = new char[256];
    private string?[] _previous = [];
    private readonly ByteWindow _window;
    private int _line = 1;
    private long _consumed;

    private CsvRecordReader(Stream stream, string file, int maxRecord)
    {
        _stream = stream;
        _file = file;
        _window = new ByteWindow(stream, maxRecord);
    }

    public long Position => _consumed;

    /// <summary>
    /// Opens a reader after its header row; null (with the reason in <paramref name="issues"/>) when the file cannot be
    /// read. A record longer than <paramref name="maxRecord"/> bytes ends the file with an error on its line.
    /// </summary>
    public static CsvRecordReader? Open(Stream stream, string file, FileSpec spec, ICollection<ImportIssue> issues, int maxRecord = 1 << 20)
    {
        var reader = new CsvRecordReader(stream, file, maxRecord);
        var names = reader.Bounded(issues, () => reader.SkipPreamble(issues) ? reader.ReadHeader(issues) : null);
        var header = names is null ? null : HeaderMap.Create(names, 1, file, spec, issues);
        if (header is null)
        {
            reader.Dispose();
            return null;
        }
        reader._header = header;
        reader._previous = new string?[header.ColumnCount];
        return reader;
    }

    // Not through Bounded: its closure would cost an allocation per record.
    public bool TryRead(out RawRecord record, ICollection<ImportIssue> issues)
    {
        try
        {
            return TryReadRecord(out record, issues);
        }
        catch (RecordTooLongException e)
        {
            TooLong(e, issues);
            record = default;
            return false;
        }
    }

    public void Dispose() => _stream.Dispose();

    // A record over the limit stops the file: without the record's end there is no safe place to resume.
    private T? Bounded<T>(ICollection<ImportIssue> issues, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (RecordTooLongException e)
        {
            TooLong(e, issues);
            return default;
        }
    }

    private void TooLong(RecordTooLongException e, ICollection<ImportIssue> issues) => issues.Add(new(_file, _line, null, e.Message));

    private bool TryReadRecord(out RawRecord record, ICollection<ImportIssue> issues)
    {
        while (NextRecord(out var line))
        {
            if (IsBlank()) continue;
            if (_fields.Count != _header.FieldCount)
            {
                issues.Add(new(_file, line, null, $"expected {_header.FieldCount} columns (as in the header), found {_fields.Count}"));
                continue;
            }
            var values = new string?[_header.ColumnCount];
            if (!Decode(values, line, issues)) continue;
            record = new RawRecord(line, values);
            return true;
        }
        record = default;
        return false;
    }

    private bool SkipPreamble(ICollection<ImportIssue> issues)
    {
        _window.Fill();
        var head = _window.Unread;
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) _window.Start += 3;
        else if (head.StartsWith([(byte)0xFF, (byte)0xFE]) || head.StartsWith([(byte)0xFE, (byte)0xFF]))
        {
            issues.Add(new(_file, 1, null, "the file is UTF-16; save it as UTF-8"));
            return false;
        }
        return true;
    }

    private string[]? ReadHeader(ICollection<ImportIssue> issues)
    {
        while (NextRecord(out var line))
        {
            if (IsBlank()) continue;
            var names = new string[_fields.Count];
            for (var i = 0; i < names.Length; i++)
            {
                var name = DecodeField(i);
                if (name is null)
                {
                    issues.Add(new(_file, line, null, $"header field {i + 1} is not valid UTF-8"));
                    return null;
                }
                names[i] = name.Trim();
            }
            return names;
        }
        issues.Add(new(_file, 1, null, "the file is empty: a header row is required"));
        return null;
    }

    private bool IsBlank() => _fields.Count == 1 && !_quoted[0] && _fields[0].Start.Value == _fields[0].End.Value;

    private bool Decode(string?[] values, int line, ICollection<ImportIssue> issues)
    {
        for (var i = 0; i < _fields.Count; i++)
        {
            var column = _header.ColumnOf(i);
            if (column < 0) continue;
            var text = DecodeField(i, _previous[column]);
            if (text is null)
            {
                issues.Add(new(_file, line, _header.Name(column), "the value is not valid UTF-8"));
                return false;
            }
            values[column] = text.Length == 0 ? null : text;
            _previous[column] = text;
        }
        return true;
    }

    // A value equal to the column's value on the previous record is that same string: files repeat a customer's id and a
    // segment id row after row, and a comparison of a few characters costs less than a new string.
    private string? DecodeField(int index, string? previous = null)
    {
        var bytes = _window.Buffer.AsSpan(_fields[index]);
        if (_chars.Length < bytes.Length) _chars = new char[Math.Max(bytes.Length, _chars.Length * 2)];
        var status = Utf8.ToUtf16(bytes, _chars, out _, out var written, replaceInvalidSequences: false);
        if (status != OperationStatus.Done) return null;
        var text = _chars.AsSpan(0, written);
        if (_quoted[index] && text.Contains('"')) return text.ToString().Replace("\"\"", "\"", StringComparison.Ordinal);
        return previous is not null && text.SequenceEqual(previous) ? previous : text.ToString();
    }

    // Splits the next record into _fields (ranges into _window.Buffer). Long because it is the parser's inner loop;
    // a record that runs past the buffer is re-scanned after the buffer is refilled.
    private bool NextRecord(out int line)
    {
        line = _line;
        while (true)
        {
            var result = Scan(out var next, out var newlines);
            if (result == ScanResult.Complete)
            {
                _consumed += next - _window.Start;
                _window.Start = next;
                _line += newlines;
                return true;
            }
            if (result == ScanResult.End) return false;
            _window.Fill();
        }
    }

    private ScanResult Scan(out int next, out int newlines)
    {
        _fields.Clear();
        _quoted.Clear();
        newlines = 0;
        next = _window.Start;
        var span = _window.Buffer;
        var end = _window.End;
        var eof = _window.AtEndOfStream;
        var i = _window.Start;
        if (i >= end && eof) return ScanResult.End;
        while (true)
        {
            if (i < end && span[i] == Quote)
            {
                var fieldStart = i + 1;
                var j = fieldStart;
                while (true)
                {
                    if (j >= end) return eof ? CloseUnterminated(fieldStart, out next) : ScanResult.NeedMore;
                    if (span[j] == Quote)
                    {
                        if (j + 1 < end && span[j + 1] == Quote) { j += 2; continue; }
                        if (j + 1 >= end && !eof) return ScanResult.NeedMore;
                        break;
                    }
                    if (span[j] == Lf) newlines++;
                    j++;
                }
                _fields.Add(fieldStart..j);
                _quoted.Add(true);
                i = j + 1;
                // Anything between the closing quote and the delimiter is kept out, as spreadsheets do.
                while (i < end && span[i] != Comma && span[i] != Lf && span[i] != Cr) i++;
            }
            else
            {
                var fieldStart = i;
                var length = span.AsSpan(i, end - i).IndexOfAny(FieldEnds);
                i = length < 0 ? end : i + length;
                if (i >= end && !eof) return ScanResult.NeedMore;
                _fields.Add(fieldStart..i);
                _quoted.Add(false);
            }
            if (i >= end)
            {
                if (!eof) return ScanResult.NeedMore;
                next = i;
                return ScanResult.Complete;
            }
            if (span[i] == Comma) { i++; continue; }
            if (span[i] == Cr)
            {
                if (i + 1 >= end && !eof) return ScanResult.NeedMore;
                if (i + 1 < end && span[i + 1] == Lf) i++;
            }
            newlines++;
            next = i + 1;
            return ScanResult.Complete;
        }
    }

    private ScanResult CloseUnterminated(int fieldStart, out int next)
    {
        // An unterminated quote swallows the rest of the file; keep it as one field so the
        // column count check reports the line where the quote opened.
        _fields.Add(fieldStart.._window.End);
        _quoted.Add(true);
        next = _window.End;
        return ScanResult.Complete;
    }

    private enum ScanResult
    {
        Complete,
        NeedMore,
        End,
    }
}
