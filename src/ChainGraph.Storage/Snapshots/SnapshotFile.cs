using System.Buffers.Binary;
using ChainGraph.Domain;

namespace ChainGraph.Storage.Snapshots;

/// <summary>
/// A <see cref="Dataset"/> saved as one binary file beside the store, so a process starts from a fast sequential read
/// instead of re-reading every table. The 40-byte header holds a magic, the format version, the data version and the
/// payload's length and XxHash3; the payload is the columns of <see cref="DatasetColumns"/>. Files are written to a
/// temporary name, flushed to disk and renamed over the old one, so a reader sees the previous snapshot or the new one,
/// never a torn one; a file that is missing, of another data or format version, cut short or failing its checksum is
/// never used (<see cref="TryRead"/> says why).
/// </summary>
/// <remarks>
/// The columns are read into managed arrays rather than served from a memory map because the analyses work on arrays;
/// copying them out of the page cache is cheap. The arrays are left on ordinary pages: advising them onto transparent
/// huge pages (tried in session 6) made a first read in a process 0.36–0.91 s instead of a steady 0.38–0.41 s on this
/// virtual machine, whose free 2 MiB blocks are the ones the host takes back (bench/RESULTS.md, issue 16).
/// </remarks>
public static class SnapshotFile
{
    /// <summary>2: projects (攻关项目清单) follow the events; a version-1 file is rebuilt, never read.</summary>
    public const int FormatVersion = 2;
    private const int HeaderSize = 40;
    private static readonly byte[] Magic = "CGSNAP\r\n"u8.ToArray();

    /// <summary>Writes <paramref name="dataset"/> to <paramref name="path"/> atomically (temporary file, flush, rename).</summary>
    public static void Write(Dataset dataset, string path, CancellationToken cancellationToken = default) =>
        AtomicFile.Write(path, stream =>
        {
            stream.Write(new byte[HeaderSize]);
            var output = new SnapshotOutput(stream);
            DatasetColumns.Write(output, dataset);
            cancellationToken.ThrowIfCancellationRequested();
            stream.Position = 0;
            stream.Write(Header(dataset.Version, output.Length, output.Hash));
        }, 1 << 20);

    /// <summary>
    /// Reads the snapshot at <paramref name="path"/> if it holds exactly data version <paramref name="version"/> and
    /// passes every check; otherwise returns null and the reason in <paramref name="problem"/>.
    /// </summary>
    public static Dataset? TryRead(string path, long version, out string? problem, CancellationToken cancellationToken = default)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1 << 16);
            var header = new byte[HeaderSize];
            if (stream.Length < HeaderSize) return Refuse("it is shorter than its header", out problem);
            stream.ReadExactly(header);
            if (!header.AsSpan(0, 8).SequenceEqual(Magic)) return Refuse("it is not a ChainGraph snapshot", out problem);
            if (BinaryPrimitives.ReadInt32LittleEndian(header.AsSpan(8)) != FormatVersion
                || BinaryPrimitives.ReadInt32LittleEndian(header.AsSpan(12)) != 0)
                return Refuse("it has another format version", out problem);
            var stored = BinaryPrimitives.ReadInt64LittleEndian(header.AsSpan(16));
            if (stored != version) return Refuse($"it holds data version {stored}, the store is at {version}", out problem);
            var length = BinaryPrimitives.ReadInt64LittleEndian(header.AsSpan(24));
            if (length != stream.Length - HeaderSize) return Refuse("its length does not match its header (cut short?)", out problem);
            var input = new SnapshotInput(stream, length);
            var dataset = DatasetColumns.Read(input, version);
            cancellationToken.ThrowIfCancellationRequested();
            if (input.Left != 0 || input.Hash != BinaryPrimitives.ReadUInt64LittleEndian(header.AsSpan(32)))
                return Refuse("its checksum does not match (corrupt)", out problem);
            problem = null;
            return dataset;
        }
        catch (FileNotFoundException)
        {
            return Refuse("there is none yet", out problem);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException or IndexOutOfRangeException
            or ArgumentException or EndOfStreamException)
        {
            return Refuse($"it could not be read ({e.Message})", out problem);
        }
    }

    private static byte[] Header(long version, long length, ulong hash)
    {
        var header = new byte[HeaderSize];
        Magic.CopyTo(header, 0);
        BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(8), FormatVersion);
        BinaryPrimitives.WriteInt64LittleEndian(header.AsSpan(16), version);
        BinaryPrimitives.WriteInt64LittleEndian(header.AsSpan(24), length);
        BinaryPrimitives.WriteUInt64LittleEndian(header.AsSpan(32), hash);
        return header;
    }

    private static Dataset? Refuse(string why, out string? problem)
    {
        problem = why;
        return null;
    }
}
