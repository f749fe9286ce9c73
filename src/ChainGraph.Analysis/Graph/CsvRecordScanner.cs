using System.Runtime.CompilerServices;

namespace ChainGraph.Analysis.Graph;

/// <summary>
/// Finds the first two fields of one RFC 4180 record in a byte buffer, skipping the rest of the record.
/// Quoted fields may hold commas, doubled quotes and line breaks. Scanning uses vectorised
/// <c>IndexOfAny</c> over the bytes, so ids are never decoded here.
/// </summary>
internal static class CsvRecordScanner
{
    /// <summary>The outcome of <see cref="Scan"/>.</summary>
    public enum Status
    {
        Record,
        NeedMore,
    }

    /// <summary>
    /// Scans the record at the start of <paramref name="data"/>. Returns <see cref="Status.NeedMore"/> when the
    /// bytes end before the record does and <paramref name="final"/> is false (then nothing else is meaningful).
    /// </summary>
    /// <exception cref="FormatException">Malformed quoting; the message is the reason.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Status Scan(ReadOnlySpan<byte> data, bool final, out CsvRecord record)
    {
        record = default;
        var cursor = new Cursor(final);
        if (ScanField(data, ref cursor, out var first) == Status.NeedMore) return Status.NeedMore;
        var second = default(CsvField);
        var fieldCount = 1;
        while (!cursor.EndOfRecord)
        {
            if (ScanField(data, ref cursor, out var field) == Status.NeedMore) return Status.NeedMore;
            if (fieldCount++ == 1) second = field;
        }
        record = new CsvRecord(first, second, fieldCount, cursor.Position, cursor.Newlines);
        return Status.Record;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Status ScanField(ReadOnlySpan<byte> data, ref Cursor cursor, out CsvField field)
    {
        field = default;
        if (cursor.Position < data.Length && data[cursor.Position] == (byte)'"') return ScanQuoted(data, ref cursor, out field);
        var rest = data[cursor.Position..];
        var stop = rest.IndexOfAny((byte)',', (byte)'\n');
        if (stop < 0)
        {
            if (!cursor.Final) return Status.NeedMore;
            field = new CsvField(cursor.Position, TrimCarriageReturn(rest), false, false);
            cursor.Position = data.Length;
            cursor.EndOfRecord = true;
            return Status.Record;
        }
        var length = stop;
        if (rest[stop] == (byte)'\n')
        {
            length = TrimCarriageReturn(rest[..stop]);
            cursor.Newlines++;
            cursor.EndOfRecord = true;
        }
        field = new CsvField(cursor.Position, length, false, false);
        cursor.Position += stop + 1;
        return Status.Record;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Status ScanQuoted(ReadOnlySpan<byte> data, ref Cursor cursor, out CsvField field)
    {
        field = default;
        var open = cursor.Position;
        var scan = open + 1;
        var escaped = false;
        while (true)
        {
            var quote = data[scan..].IndexOf((byte)'"');
            if (quote < 0)
            {
                if (cursor.Final) throw new FormatException("unterminated quoted field");
                return Status.NeedMore;
            }
            cursor.Newlines += data.Slice(scan, quote).Count((byte)'\n');
            var close = scan + quote;
            if (close + 1 == data.Length && !cursor.Final) return Status.NeedMore;
            if (close + 1 < data.Length && data[close + 1] == (byte)'"')
            {
                escaped = true;
                scan = close + 2;
                continue;
            }
            field = new CsvField(open + 1, close - open - 1, true, escaped);
            return AfterClosingQuote(data, close + 1, ref cursor);
        }
    }

    private static Status AfterClosingQuote(ReadOnlySpan<byte> data, int after, ref Cursor cursor)
    {
        if (after == data.Length)
        {
            cursor.Position = after;
            cursor.EndOfRecord = true;
            return Status.Record;
        }
        switch (data[after])
        {
            case (byte)',':
                cursor.Position = after + 1;
                return Status.Record;
            case (byte)'\n':
                cursor.Newlines++;
                cursor.Position = after + 1;
                cursor.EndOfRecord = true;
                return Status.Record;
            case (byte)'\r' when after + 1 == data.Length && !cursor.Final:
                return Status.NeedMore;
            case (byte)'\r' when after + 1 == data.Length || data[after + 1] == (byte)'\n':
                cursor.Newlines += after + 1 == data.Length ? 0 : 1;
                cursor.Position = Math.Min(after + 2, data.Length);
                cursor.EndOfRecord = true;
                return Status.Record;
            default:
                throw new FormatException("unexpected character after a closing quote");
        }
    }

    private static int TrimCarriageReturn(ReadOnlySpan<byte> field) =>
        field.Length > 0 && field[^1] == (byte)'\r' ? field.Length - 1 : field.Length;

    private struct Cursor(bool final)
    {
        public readonly bool Final = final;
        public int Position;
        public int Newlines;
        public bool EndOfRecord;
    }
}
