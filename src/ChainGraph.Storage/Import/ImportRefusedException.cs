namespace ChainGraph.Storage.Import;

/// <summary>
/// An import folder or file that is not read at all: outside the import root, not a regular file, over a size limit,
/// or not readable. The message is safe to show to the caller who named the folder: it names only what the caller gave
/// (or files inside the import root) and never says whether a path outside the root exists.
/// </summary>
public sealed class ImportRefusedException(string message) : Exception(message);
