using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ChainGraph.Analysis.Graph;

/// <summary>Turns scanned records into interned edge endpoints for <see cref="EdgeListReader"/>; skips the header.</summary>
internal sealed class EdgeSink(string name, long byteLengthHint)
{
    // A starting capacity only: records of two credit-code ids take ~38 bytes, so 32 per record rarely over-allocates.
    private readonly List<int> sources = new((int)Math.Min(byteLengthHint / 32, 1 << 26));
    private readonly List<int> targets = new((int)Math.Min(byteLengthHint / 32, 1 << 26));
    private byte[] scratch = new byte[256];
    private bool headerSeen;

    public string Name { get; } = name;

    public Utf8IdTable Ids { get; } = new();

    public ReadOnlySpan<int> Sources => CollectionsMarshal.AsSpan(sources);

    public ReadOnlySpan<int> Targets => CollectionsMarshal.AsSpan(targets);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Accept(ReadOnlySpan<byte> bytes, in CsvRecord record, long line)
    {
        if (record.IsBlank) return;
        if (record.FieldCount < 2) throw Error(line, "expected at least two columns (source, target)");
        if (!headerSeen)
        {
            headerSeen = true;
            return;
        }
        var source = Ids.GetOrAdd(Content(bytes, record.First, line, "source"));
        var target = Ids.GetOrAdd(Content(bytes, record.Second, line, "target"));
        sources.Add(source);
        targets.Add(target);
    }

    private ReadOnlySpan<byte> Content(ReadOnlySpan<byte> bytes, CsvField field, long line, string column)
    {
        if (field.Length == 0) throw Error(line, $"empty {column} id");
        var raw = bytes.Slice(field.Start, field.Length);
        return field.Escaped ? Unescape(raw) : raw;
    }

    // Collapses doubled quotes ("" → ") into a scratch buffer reused across records.
    private ReadOnlySpan<byte> Unescape(ReadOnlySpan<byte> raw)
    {
        if (scratch.Length < raw.Length) scratch = new byte[raw.Length * 2];
        var length = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            scratch[length++] = raw[i];
            if (raw[i] == (byte)'"') i++;
        }
        return scratch.AsSpan(0, length);
    }

    private EdgeListFormatException Error(long line, string reason) => new(Name, line, reason);
}
