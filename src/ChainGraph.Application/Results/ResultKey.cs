using System.Globalization;
using System.IO.Hashing;
using System.Text;
using ChainGraph.Storage;

namespace ChainGraph.Application.Results;

/// <summary>
/// What a cached result is the answer to: the command, the store (its location), the store's data version, the build,
/// and every argument and setting that changes the answer, each added by name. Two keys are equal exactly when their
/// <see cref="Digest"/>s are: a 128-bit XxHash of the parts, each written with its length so no two part lists share
/// one text. Immutable; <see cref="With"/> and <see cref="WithFile"/> return a new key.
/// </summary>
public sealed class ResultKey
{
    private readonly string _text;

    private ResultKey(long dataVersion, string text)
    {
        DataVersion = dataVersion;
        _text = text;
        Digest = XxHash128.Hash(Encoding.UTF8.GetBytes(text));
    }

    /// <summary>The store's data version the result speaks for.</summary>
    public long DataVersion { get; }

    /// <summary>The 16-byte hash of every part.</summary>
    public byte[] Digest { get; }

    /// <summary>The digest as 32 lower-case hex digits (the entry's file name).</summary>
    public string Hex => Convert.ToHexStringLower(Digest);

    /// <summary>
    /// A key for <paramref name="command"/> run against the store at <paramref name="storeLocation"/> at
    /// <paramref name="dataVersion"/> by the build <paramref name="build"/> (<see cref="BuildIdentity"/>).
    /// </summary>
    public static ResultKey For(string command, string storeLocation, long dataVersion, string build) =>
        new ResultKey(dataVersion, "")
            .With("command", command).With("store", storeLocation).With("version", dataVersion.ToString(CultureInfo.InvariantCulture))
            .With("build", build);

    /// <summary>A key for <paramref name="command"/> run against <paramref name="store"/> at its current data version.</summary>
    public static async Task<ResultKey> ForAsync(string command, IGraphStore store, string build,
        CancellationToken cancellationToken = default) =>
        For(command, store.Location, await store.GetVersionAsync(cancellationToken).ConfigureAwait(false), build);

    /// <summary>This key with the part <paramref name="name"/> = <paramref name="value"/> (null and "" differ).</summary>
    public ResultKey With(string name, string? value) =>
        new(DataVersion, $"{_text}{Part(name)}{(value is null ? "-" : Part(value))}\n");

    /// <summary>
    /// This key with the contents of the file at <paramref name="path"/> (its hash), or a mark that there is none, so an
    /// edited settings file never serves an answer computed with the old one.
    /// </summary>
    public ResultKey WithFile(string name, string? path) =>
        With(name, path is null ? null
            : File.Exists(path) ? Convert.ToHexStringLower(XxHash128.Hash(File.ReadAllBytes(path))) : "absent:" + path);

    /// <inheritdoc/>
    public override string ToString() => $"{DataVersion}-{Hex}";

    private static string Part(string text) => $"{text.Length}:{text}";
}
