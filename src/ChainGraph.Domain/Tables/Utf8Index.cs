using System.Buffers.Binary;
using System.Numerics;
using System.Text;

namespace ChainGraph.Domain.Tables;

/// <summary>
/// Finds a text's row in a <see cref="Utf8Texts"/> column by its bytes: an open-addressing table of rows (4 bytes a slot,
/// twice as many slots as rows) instead of a dictionary of a million strings. The bits of a slot above the row's carry a
/// few bits of the text's hash, so a probe past another text's slot rarely reads that text's bytes: at a million rows
/// about one lookup in two met another text first, and each cost two cache misses more (the offsets and the bytes).
/// </summary>
internal sealed class Utf8Index
{
    private readonly Utf8Texts _texts;
    private readonly uint[] _slots; // tag | (row + 1), the row in the bits of _rowMask; 0 is empty
    private readonly int _mask;
    private readonly uint _rowMask;
    private static readonly ulong Seed = (ulong)Random.Shared.NextInt64() | 1;

    /// <exception cref="InvalidDataException">A text occurs twice (<paramref name="what"/> names the column).</exception>
    public Utf8Index(Utf8Texts texts, string what)
    {
        _texts = texts;
        var size = 4;
        while (size < texts.Count * 2L) size <<= 1;
        (_slots, _mask) = (new uint[size], size - 1);
        _rowMask = (1u << (32 - BitOperations.LeadingZeroCount((uint)texts.Count))) - 1;
        for (var row = 0; row < texts.Count; row++)
        {
            var bytes = texts.Bytes(row);
            var slot = Slot(bytes, out var found, out var tag);
            if (found >= 0) throw new InvalidDataException($"the dataset is inconsistent: the {what} '{texts[row]}' occurs twice");
            _slots[slot] = tag | (uint)(row + 1);
        }
    }

    /// <summary>The row holding <paramref name="text"/>, or -1.</summary>
    public int Find(string text)
    {
        var max = Encoding.UTF8.GetMaxByteCount(text.Length);
        var buffer = max <= 256 ? stackalloc byte[max] : new byte[max];
        var bytes = buffer[..Encoding.UTF8.GetBytes(text, buffer)];
        Slot(bytes, out var row, out _);
        return row;
    }

    // The slot holding `bytes` (row in `row`), or the empty slot where they would go (row -1); `tag` is their hash's bits
    // above the row's, which a slot holding them carries.
    private int Slot(ReadOnlySpan<byte> bytes, out int row, out uint tag)
    {
        var hash = Hash(bytes);
        var rowMask = _rowMask;
        tag = (uint)hash & ~rowMask;
        for (var slot = (int)(hash >> 32) & _mask; ; slot = (slot + 1) & _mask)
        {
            var value = _slots[slot];
            if (value == 0 || ((value & ~rowMask) == tag && _texts.Bytes((int)(value & rowMask) - 1).SequenceEqual(bytes)))
            {
                row = (int)(value & rowMask) - 1;
                return slot;
            }
        }
    }

    // Eight bytes at a time, multiply and rotate (the FxHash scheme), seeded per process; the top bits are the best mixed:
    // the upper half places the slot, the lower half's top bits are the tag.
    private static ulong Hash(ReadOnlySpan<byte> bytes)
    {
        var hash = Seed;
        while (bytes.Length >= 8)
        {
            hash = (BitOperations.RotateLeft(hash, 5) ^ BinaryPrimitives.ReadUInt64LittleEndian(bytes)) * 0x517CC1B727220A95UL;
            bytes = bytes[8..];
        }
        foreach (var b in bytes) hash = (BitOperations.RotateLeft(hash, 5) ^ b) * 0x517CC1B727220A95UL;
        return hash;
    }
}
