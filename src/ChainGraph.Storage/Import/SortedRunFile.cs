using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ChainGraph.Storage.Import;

/// <summary>
/// A sorted run of rows spilled by <see cref="SortedRows{T}"/>: the rows' bytes as they lie in memory, in a temporary
/// file deleted when its stream closes (by the process: one killed with runs open leaves them behind).
/// </summary>
internal static class SortedRunFile
{
    private const int BufferBytes = 1 << 22;

    /// <summary>Writes <paramref name="rows"/> to a new temporary file in <paramref name="directory"/>, positioned at its start.</summary>
    public static FileStream Write<T>(string directory, ReadOnlySpan<T> rows) where T : unmanaged
    {
        var path = Path.Combine(directory, $".chaingraph-run-{Guid.NewGuid():N}.tmp");
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

    /// <summary>The rows of a run written by <see cref="Write{T}"/>, read in blocks of about 4 MB from its start.</summary>
    public static IEnumerator<T> Read<T>(FileStream run) where T : unmanaged
    {
        var buffer = new T[BufferBytes / Unsafe.SizeOf<T>()];
        while (true)
        {
            var count = Fill(run, buffer);
            if (count == 0) yield break;
            for (var i = 0; i < count; i++) yield return buffer[i];
        }
    }

    private static int Fill<T>(FileStream run, T[] buffer) where T : unmanaged
    {
        var bytes = MemoryMarshal.AsBytes(buffer.AsSpan());
        var read = run.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
        if (read % Unsafe.SizeOf<T>() != 0) throw new InvalidDataException("a spilled run of rows ends mid-row");
        return read / Unsafe.SizeOf<T>();
    }
}
