using System.Buffers.Binary;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text;

namespace ChainGraph.Analysis.Graph;

/// <summary>
/// Interns UTF-8 ids to dense ints without allocating a string per lookup: the bytes of each distinct id live in
/// one arena and an open-addressing table (linear probing, load ≤ 1/2) indexes them. Strings are only made once,
/// at the end, for the distinct ids.
/// </summary>
internal sealed class Utf8IdTable
{
    private byte[] arena = new byte[1 << 16];
    private int arenaLength;
    private int[] starts = new int[1024];
    private int[] lengths = new int[1024];
    private uint[] hashes = new uint[1024];
    private int[] buckets = new int[2048];
    private int count;

    public int Count => count;

    /// <summary>The id of <paramref name="key"/>, adding it if new (ids count up from 0).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int GetOrAdd(ReadOnlySpan<byte> key)
    {
        var hash = Hash(key);
        var mask = buckets.Length - 1;
        var bucket = (int)hash & mask;
        while (true)
        {
            var entry = buckets[bucket] - 1;
            if (entry < 0) break;
            if (hashes[entry] == hash && arena.AsSpan(starts[entry], lengths[entry]).SequenceEqual(key)) return entry;
            bucket = (bucket + 1) & mask;
        }
        var id = Append(key, hash);
        buckets[bucket] = id + 1;
        if (count * 2 > buckets.Length) Rehash();
        return id;
    }

    /// <summary>The ids as strings, by id.</summary>
    public ImmutableArray<string> ToStrings()
    {
        var result = new string[count];
        for (var i = 0; i < count; i++) result[i] = Encoding.UTF8.GetString(arena, starts[i], lengths[i]);
        return ImmutableArray.Create(result);
    }

    private int Append(ReadOnlySpan<byte> key, uint hash)
    {
        if (count == starts.Length)
        {
            Array.Resize(ref starts, count * 2);
            Array.Resize(ref lengths, count * 2);
            Array.Resize(ref hashes, count * 2);
        }
        if (arenaLength + key.Length > arena.Length) Array.Resize(ref arena, Math.Max(arena.Length * 2, arenaLength + key.Length));
        key.CopyTo(arena.AsSpan(arenaLength));
        starts[count] = arenaLength;
        lengths[count] = key.Length;
        hashes[count] = hash;
        arenaLength += key.Length;
        return count++;
    }

    private void Rehash()
    {
        buckets = new int[buckets.Length * 2];
        var mask = buckets.Length - 1;
        for (var id = 0; id < count; id++)
        {
            var bucket = (int)hashes[id] & mask;
            while (buckets[bucket] != 0) bucket = (bucket + 1) & mask;
            buckets[bucket] = id + 1;
        }
    }

    // Eight bytes per multiply plus a murmur3 finaliser: ids are short, so this beats a byte-at-a-time FNV
    // while spreading sequential ids ("E000001", "E000002", ...) well enough for linear probing.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static uint Hash(ReadOnlySpan<byte> key)
    {
        var h = 0x9E3779B97F4A7C15UL ^ (ulong)key.Length;
        while (key.Length >= 8)
        {
            h = (h ^ BinaryPrimitives.ReadUInt64LittleEndian(key)) * 0xFF51AFD7ED558CCDUL;
            h ^= h >> 29;
            key = key[8..];
        }
        if (!key.IsEmpty)
        {
            var tail = 0UL;
            for (var i = 0; i < key.Length; i++) tail |= (ulong)key[i] << (8 * i);
            h = (h ^ tail) * 0xC4CEB9FE1A85EC53UL;
        }
        h ^= h >> 33;
        h *= 0xFF51AFD7ED558CCDUL;
        h ^= h >> 33;
        return (uint)h;
    }
}
