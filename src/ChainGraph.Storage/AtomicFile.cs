namespace ChainGraph.Storage;

/// <summary>
/// Writes a file so that a reader sees the previous contents or the new ones, never a torn file: the contents go to a
/// temporary file beside it (<c>PATH.tmp-PID-GUID</c>), flushed to disk, then renamed over it. The temporary file is
/// removed when writing fails (cancellation included).
/// </summary>
public static class AtomicFile
{
    /// <summary>Replaces <paramref name="path"/> with what <paramref name="write"/> writes, creating its folder.</summary>
    public static void Write(string path, Action<FileStream> write, int bufferSize = 4096)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temporary = $"{path}.tmp-{Environment.ProcessId}-{Guid.NewGuid():N}";
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
