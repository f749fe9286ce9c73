using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ChainGraph.Storage.Sqlite;

/// <summary>
/// A sorted run of <see cref="SupplyRow"/>s spilled by <see cref="SortedSupplyRows"/>: the rows' bytes as they lie in
/// memory, in a temporary file deleted when its stream closes (also when the process dies with it open, on Linux once
/// the handle goes).
/// </summary>
internal static class SupplyRunFile
{
    private const int BufferRows = 1 << 16;

    /// <summary>Writes <paramref name="rows"/> to a new temporary file in <paramref name="directory"/>, positioned at its start.</summary>
    public static FileStream Write(string directory, ReadOnlySpan<SupplyRow> rows)
    {
        var path = Path.Combine(directory, $".supplies-run-{Guid.NewGuid():N}.tmp");
        var stream = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 20, FileOptions.DeleteOnClose);
        try
        {
            stream.Write(MemoryMarshal.AsBytes(rows));
            stream.Position = 0;
            return stream;
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>The rows of a run written by <see cref="Write"/>, read in blocks from its start.</summary>
    public static IEnumerator<SupplyRow> Read(FileStream run)
    {
        var buffer = new SupplyRow[BufferRows];
        while (true)
        {
            var count = Fill(run, buffer);
            if (count == 0) yield break;
            for (var i = 0; i < count; i++) yield return buffer[i];
        }
    }

    private static int Fill(FileStream run, SupplyRow[] buffer)
    {
        var bytes = MemoryMarshal.AsBytes(buffer.AsSpan());
        var read = run.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
        if (read % Unsafe.SizeOf<SupplyRow>() != 0) throw new InvalidDataException("a spilled run of supply rows ends mid-row");
        return read / Unsafe.SizeOf<SupplyRow>();
    }
}
