using System.Text;
using ChainGraph.Storage;

namespace ChainGraph.Application.Results;

/// <summary>
/// Command results persisted across processes, one file per <see cref="ResultKey"/> in <see cref="Folder"/>
/// (<see cref="FolderFor"/>: beside a SQLite store, in the data folder for a server). Writing an entry deletes the
/// entries of every other data version and then the oldest entries beyond <see cref="MaxBytes"/>. The cache only ever
/// costs or saves time: an entry that fails a check is recomputed and replaced, and a folder that cannot be read or
/// written (read-only, full disk) makes every lookup a miss, with the reason in <see cref="LastProblem"/>.
/// Safe for several processes at once (entries are renamed into place); one instance is for one thread.
/// </summary>
public sealed class ResultCache(string folder, long maxBytes = ResultCache.DefaultMaxBytes)
{
    /// <summary>
    /// 256 MiB: a chain's targets are a few kilobytes and the whole checklist at a million firms a few megabytes, but at 10M
    /// firms a chain's prepared targets model is 14–18 MB, and 64 MiB held only three of the six (bench/RESULTS.md, national
    /// scale), so every import rebuilt the others.
    /// </summary>
    public const long DefaultMaxBytes = 256L << 20;

    /// <summary>The file name ending of an entry.</summary>
    public const string Extension = ".result";

    /// <summary>The folder holding the entries.</summary>
    public string Folder { get; } = folder;

    /// <summary>The most the entries may take together, in bytes; a larger result is not stored.</summary>
    public long MaxBytes { get; } = maxBytes >= 0 ? maxBytes : throw new ArgumentOutOfRangeException(nameof(maxBytes));

    /// <summary>Why the last lookup missed or the last store failed; null after a hit or a stored entry.</summary>
    public string? LastProblem { get; private set; }

    /// <summary>True when the last <see cref="GetOrAddAsync"/> answered from the cache.</summary>
    public bool LastWasHit { get; private set; }

    /// <summary>
    /// The cache of the store at <paramref name="location"/>: <c>STORE.results/</c> beside a SQLite file; for a server
    /// (a URI), <c>DATA/results/</c> named after the location like its snapshot, since a URI has no folder beside it.
    /// </summary>
    public static string FolderFor(string location) =>
        location.Contains("://", StringComparison.Ordinal)
            ? Path.Combine(StoreFactory.DataFolder, "results", string.Concat(location.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_')))
            : location + ".results";

    /// <summary>The cached answer to <paramref name="key"/>, else <paramref name="compute"/>'s, stored for next time.</summary>
    public async Task<string> GetOrAddAsync(ResultKey key, Func<Task<string>> compute)
    {
        if (TryGet(key) is { } cached)
        {
            LastWasHit = true;
            return cached;
        }
        LastWasHit = false;
        var text = await compute().ConfigureAwait(false);
        Add(key, text);
        return text;
    }

    /// <summary>The entry of <paramref name="key"/>, or null (and <see cref="LastProblem"/>) when there is no sound one.</summary>
    public string? TryGet(ResultKey key)
    {
        var text = ResultFile.TryRead(PathOf(key), key, out var problem);
        LastProblem = problem;
        return text;
    }

    /// <summary>Stores <paramref name="text"/> as the answer to <paramref name="key"/>; failing to costs only speed.</summary>
    public void Add(ResultKey key, string text)
    {
        LastProblem = null;
        if (ResultFile.HeaderSize + Encoding.UTF8.GetByteCount(text) > MaxBytes)
        {
            LastProblem = $"the result is larger than the cache ({MaxBytes} bytes)";
            return;
        }
        try
        {
            Directory.CreateDirectory(Folder);
            ResultFile.Write(PathOf(key), key, text);
            ResultFolder.Trim(Folder, key, MaxBytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            LastProblem = $"the result could not be stored in {Folder}: {e.Message}";
        }
    }

    private string PathOf(ResultKey key) => Path.Combine(Folder, key + Extension);
}
