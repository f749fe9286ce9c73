using System.Buffers.Text;
using System.Text;
using ChainGraph.Storage.Import;

namespace ChainGraph.Synthetic;

/// <summary>
/// Writes the records of one <see cref="FileSpec"/> as UTF-8 (no BOM, LF) straight into a byte buffer: fields are
/// written in column order, then <see cref="EndRecord"/>. Numbers use invariant formatting with trailing zeros
/// trimmed; null or empty text is an empty field. Not thread-safe.
/// </summary>
public abstract class RecordWriter : IDisposable
{
    // 1 MiB: the 860 MB supplies file of the 1M/10M scale preset takes well under a thousand write calls.
    private const int BufferSize = 1 << 20;

    private static readonly long[] PowersOfTen = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000];

    private readonly Stream stream;
    private readonly byte[] buffer = new byte[BufferSize];
    private int position;

    protected RecordWriter(Stream stream, FileSpec file)
    {
        this.stream = stream;
        File = file;
    }

    public FileSpec File { get; }

    /// <summary>Records ended so far.</summary>
    public long Records { get; private set; }

    /// <summary>Index of the column the next field fills.</summary>
    protected int Column { get; private set; }

    public static RecordWriter Open(string directory, FileSpec file, OutputFormat format)
    {
        var stream = new FileStream(Path.Combine(directory, file.FileName(format)), FileMode.Create, FileAccess.Write, FileShare.None, 1);
        return format == OutputFormat.Csv ? new CsvRecordWriter(stream, file) : new JsonlRecordWriter(stream, file);
    }

    public void Text(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            Empty();
            return;
        }
        BeginField(quoted: true);
        WriteText(value);
        EndField(quoted: true);
    }

    /// <summary>Text known to be ASCII without separators or quotes (credit codes, segment ids), written as is.</summary>
    public void Ascii(ReadOnlySpan<byte> value)
    {
        BeginField(quoted: true);
        Put(value);
        EndField(quoted: true);
    }

    public void Integer(long value)
    {
        BeginField(quoted: false);
        PutInteger(value);
        EndField(quoted: false);
    }

    /// <summary>A decimal given as an integer count of 10^−<paramref name="decimals"/> units (0–6 decimals); exact, no rounding.</summary>
    public void Fixed(long units, int decimals)
    {
        BeginField(quoted: false);
        PutFixed(units, decimals);
        EndField(quoted: false);
    }

    /// <summary>A number rounded half away from zero to <paramref name="decimals"/> places.</summary>
    public void Number(double value, int decimals) =>
        Fixed((long)Math.Round(value * PowersOfTen[decimals], MidpointRounding.AwayFromZero), decimals);

    public void Number(double? value, int decimals)
    {
        if (value is { } v) Number(v, decimals);
        else Empty();
    }

    public void Boolean(bool value)
    {
        BeginField(quoted: false);
        Put(value ? "true"u8 : "false"u8);
        EndField(quoted: false);
    }

    /// <summary>A date as yyyy-MM-dd.</summary>
    public void Date(DateOnly value)
    {
        BeginField(quoted: true);
        Ensure(10);
        value.TryFormat(buffer.AsSpan(position), out var written, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        position += written;
        EndField(quoted: true);
    }

    public void Date(DateOnly? value)
    {
        if (value is { } v) Date(v);
        else Empty();
    }

    public void Empty()
    {
        SkipField();
        Column++;
    }

    public void EndRecord()
    {
        if (Column != File.Columns.Count)
            throw new InvalidOperationException($"{File.Stem}: record has {Column} fields, expected {File.Columns.Count}");
        EndRecordCore();
        Column = 0;
        Records++;
    }

    public void Dispose()
    {
        Flush();
        stream.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Starts a present field; <paramref name="quoted"/> is true for strings (JSON quotes them).</summary>
    protected abstract void BeginField(bool quoted);

    protected abstract void WriteText(string value);

    protected abstract void SkipField();

    protected abstract void EndRecordCore();

    protected virtual void EndField(bool quoted) => Column++;

    protected void Put(byte value)
    {
        Ensure(1);
        buffer[position++] = value;
    }

    protected void Put(ReadOnlySpan<byte> bytes)
    {
        Ensure(bytes.Length);
        bytes.CopyTo(buffer.AsSpan(position));
        position += bytes.Length;
    }

    protected void PutUtf8(ReadOnlySpan<char> text)
    {
        Ensure(Encoding.UTF8.GetMaxByteCount(text.Length));
        position += Encoding.UTF8.GetBytes(text, buffer.AsSpan(position));
    }

    private void PutInteger(long value)
    {
        Ensure(20);
        Utf8Formatter.TryFormat(value, buffer.AsSpan(position), out var written);
        position += written;
    }

    private void PutFixed(long units, int decimals)
    {
        if (units < 0)
        {
            Put((byte)'-');
            units = -units;
        }
        var scale = PowersOfTen[decimals];
        PutInteger(units / scale);
        var fraction = units % scale;
        if (fraction == 0) return;
        Put((byte)'.');
        // Emit the fraction's digits left to right, stopping once the rest are zeros.
        for (var unit = scale / 10; fraction != 0; unit /= 10)
        {
            Put((byte)('0' + fraction / unit));
            fraction %= unit;
        }
    }

    private void Ensure(int bytes)
    {
        if (position + bytes > buffer.Length) Flush();
    }

    private void Flush()
    {
        stream.Write(buffer, 0, position);
        position = 0;
    }
}
