using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace ChainGraph.Storage.Import;

/// <summary>
/// Opens import files without trusting them. On Linux a file is opened with <c>O_NONBLOCK</c> (so a FIFO cannot block
/// the open), then its type and size are read from the open descriptor (<c>statx</c>) and its real path from
/// <c>/proc/self/fd</c>: what is checked is exactly what is read, with no window for a swap between check and open.
/// Elsewhere the same checks use the file system's view (symbolic links resolved by .NET), which cannot tell a FIFO
/// from an empty file; the service is meant to run on Linux.
/// </summary>
internal static class FileAccessChecks
{
    private const int ReadOnlyNonBlocking = 0x800 | 0x80000; // O_RDONLY | O_NONBLOCK | O_CLOEXEC
    private const int EmptyPath = 0x1000; // AT_EMPTY_PATH
    private const uint TypeAndSize = 0x1 | 0x200; // STATX_TYPE | STATX_SIZE
    private const int TypeMask = 0xF000, RegularType = 0x8000, DirectoryType = 0x4000, FifoType = 0x1000, CharacterDeviceType =
        0x2000, BlockDeviceType = 0x6000, SocketType = 0xC000;

    /// <summary>An open regular file, its size and real path.</summary>
    public sealed record OpenedFile(SafeFileHandle Handle, long Length, string RealPath);

    /// <summary>Opens <paramref name="path"/> for reading if it is a regular file; otherwise throws with the reason.</summary>
    /// <exception cref="ImportRefusedException">Not a regular file, or it cannot be opened.</exception>
    public static OpenedFile OpenRegular(string path, string shownName)
    {
        if (!OperatingSystem.IsLinux()) return OpenPortable(path, shownName);
        var handle = OpenNonBlocking(path) ?? throw new ImportRefusedException($"{shownName} cannot be opened ({Errno()})");
        try
        {
            var (type, length) = Stat(handle);
            if (type != RegularType)
                throw new ImportRefusedException(
                    $"{shownName} is not a regular file ({TypeName(type)}); an import reads regular files only");
            return new OpenedFile(handle, length, RealPathOf(handle) ?? Path.GetFullPath(path));
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    /// <summary>The real path of a folder (symbolic links resolved); null when it is missing, not a folder or not readable.</summary>
    public static string? RealPathOfDirectory(string path)
    {
        if (!OperatingSystem.IsLinux())
            return Directory.Exists(path)
                ? Path.GetFullPath(new DirectoryInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? path)
                : null;
        using var handle = OpenNonBlocking(path);
        if (handle is null || Stat(handle).Type != DirectoryType) return null;
        return RealPathOf(handle);
    }

    private static SafeFileHandle? OpenNonBlocking(string path)
    {
        var fd = Open(path, ReadOnlyNonBlocking);
        return fd < 0 ? null : new SafeFileHandle(fd, ownsHandle: true);
    }

    private static (int Type, long Length) Stat(SafeFileHandle handle)
    {
        var buffer = new byte[256];
        if (StatX((int)handle.DangerousGetHandle(), "", EmptyPath, TypeAndSize, buffer) != 0)
            throw new ImportRefusedException($"the file's type cannot be read ({Errno()})");
        return (BitConverter.ToUInt16(buffer, 28) & TypeMask, BitConverter.ToInt64(buffer, 40));
    }

    private static string? RealPathOf(SafeFileHandle handle) =>
        new FileInfo($"/proc/self/fd/{(int)handle.DangerousGetHandle()}").LinkTarget;

    private static OpenedFile OpenPortable(string path, string shownName)
    {
        var info = new FileInfo(path);
        var real = info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? info.FullName;
        if (!File.Exists(real)) throw new ImportRefusedException($"{shownName} is not a regular file; an import reads regular files only");
        var handle = File.OpenHandle(real, FileMode.Open, FileAccess.Read, FileShare.Read);
        return new OpenedFile(handle, RandomAccess.GetLength(handle), Path.GetFullPath(real));
    }

    private static string TypeName(int type) => type switch
    {
        DirectoryType => "a folder",
        FifoType => "a FIFO",
        CharacterDeviceType => "a character device",
        BlockDeviceType => "a block device",
        SocketType => "a socket",
        _ => "a special file",
    };

    private static string Errno() => Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError());

    // DllImport rather than LibraryImport: the signatures are blittable apart from the UTF-8 path, and the project
    // needs no unsafe code for them.
    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int StatX(int directoryFd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask,
        [Out] byte[] buffer);
}
