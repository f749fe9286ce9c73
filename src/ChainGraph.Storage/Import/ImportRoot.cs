namespace ChainGraph.Storage.Import;

/// <summary>
/// The one folder (with its subfolders) the service imports from. <see cref="Resolve"/> turns a folder named by a caller
/// (relative to the root, or absolute) into its real path, refusing anything whose real path is outside the root with
/// one message whether or not it exists. Thread-safe.
/// </summary>
public sealed class ImportRoot
{
    private ImportRoot(string path) => RealPath = path;

    /// <summary>The root's real path (symbolic links resolved), without a trailing separator.</summary>
    public string RealPath { get; }

    /// <summary>Creates the folder when missing and returns the root at its real path.</summary>
    public static ImportRoot Create(string path)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(full);
        return new ImportRoot(FileAccessChecks.RealPathOfDirectory(full)
            ?? throw new IOException($"the import root {full} cannot be opened"));
    }

    /// <summary>True when <paramref name="realPath"/> is the root or lies under it.</summary>
    public bool Contains(string realPath) =>
        realPath == RealPath
            || realPath.StartsWith(RealPath.EndsWith('/') ? RealPath : RealPath + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>The real path of <paramref name="directory"/> (relative paths are taken from the root).</summary>
    /// <exception cref="ImportRefusedException">The folder is outside the root, or inside it but missing or not a folder.</exception>
    public string Resolve(string directory)
    {
        var outside = new ImportRefusedException($"'{Shown(directory)}' is not a folder inside the import root; put the files in a folder under the import root and name it relative to the root");
        if (string.IsNullOrWhiteSpace(directory) || directory.Contains('\0', StringComparison.Ordinal)) throw outside;
        var lexical = Path.GetFullPath(Path.Combine(RealPath, directory));
        if (!Contains(lexical)) throw outside;
        var real = FileAccessChecks.RealPathOfDirectory(lexical);
        if (real is not null) return Contains(real) ? real : throw outside;
        // Missing: say so only when the part that exists is inside the root, so that a link out of the root cannot be
        // used to probe which folders exist elsewhere.
        if (!Contains(ExistingAncestor(lexical))) throw outside;
        throw new ImportRefusedException($"the import root has no folder '{Shown(Path.GetRelativePath(RealPath, lexical))}'");
    }

    private static string ExistingAncestor(string path)
    {
        for (var parent = Path.GetDirectoryName(path); parent is not null; parent = Path.GetDirectoryName(parent))
            if (FileAccessChecks.RealPathOfDirectory(parent) is { } real) return real;
        return "/";
    }

    internal static string Shown(string text)
    {
        var printable = new string([.. text.Take(200).Select(c => char.IsControl(c) ? '?' : c)]);
        return text.Length > 200 ? printable + "…" : printable;
    }
}
