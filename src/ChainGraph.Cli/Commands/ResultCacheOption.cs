using System.CommandLine;
using ChainGraph.Analysis.Chains;
using ChainGraph.Application.Results;
using ChainGraph.Domain;
using ChainGraph.Storage;

namespace ChainGraph.Cli.Commands;

/// <summary>
/// `--no-cache`, and the persisted result cache (<see cref="ResultCache"/>) of the commands that take it: a command's
/// printed output is kept beside the store, keyed by the store's data version, this build, and every option the
/// command was given (with the contents of every file it reads), and printed again without loading the data.
/// </summary>
/// <param name="notInKey">Options that say where the output goes, not what it is (e.g. <c>--out</c>).</param>
public sealed class ResultCacheOption(params IReadOnlyList<Option> notInKey)
{
    private static readonly Lazy<string> Build = new(() => BuildIdentity.Of(typeof(ResultCacheOption).Assembly,
        typeof(ResultCache).Assembly, typeof(ChainAnalyzer).Assembly, typeof(Dataset).Assembly, typeof(IGraphStore).Assembly));

    private readonly Option<bool> _noCache = new("--no-cache")
    {
        Description = "Compute the answer even when the result cache beside the store holds it, and do not store it",
    };

    public void AddTo(Command command) => command.Options.Add(_noCache);

    /// <summary>True when <paramref name="parse"/> asks to compute without the cache (<c>--no-cache</c>).</summary>
    public bool IsOff(ParseResult parse) => parse.GetValue(_noCache);

    /// <summary>
    /// The output <paramref name="render"/> writes for this command line against <paramref name="store"/>: from the cache
    /// when it holds it, else rendered (loading the data is <paramref name="render"/>'s business) and stored.
    /// </summary>
    public async Task<string> GetOrRenderAsync(ParseResult parse, IGraphStore store, Func<TextWriter, Task> render,
        CancellationToken cancellationToken)
    {
        if (IsOff(parse)) return await Render(render).ConfigureAwait(false);
        var key = Options(parse, await ResultKey.ForAsync(parse.CommandResult.Command.Name, store, Build.Value, cancellationToken)
            .ConfigureAwait(false));
        return await new ResultCache(ResultCache.FolderFor(store.Location)).GetOrAddAsync(key, () => Render(render)).ConfigureAwait(false);
    }

    /// <summary>
    /// Opens the store <paramref name="store"/> names and prints this command line's output (<see cref="GetOrRenderAsync"/>).
    /// </summary>
    public async Task<int> PrintAsync(ParseResult parse, Option<string?> store, Func<IGraphStore, TextWriter, Task> render,
        CancellationToken cancellationToken)
    {
        using var graphStore = await StoreFactory.OpenAsync(parse.GetValue(store), cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        var text = await GetOrRenderAsync(parse, graphStore, output => render(graphStore, output), cancellationToken).ConfigureAwait(false);
        await parse.InvocationConfiguration.Output.WriteAsync(text).ConfigureAwait(false);
        return ExitCodes.Success;
    }

    // Every option, given or not: an option added later can never be left out of the key. Defaults are fixed per build.
    private ResultKey Options(ParseResult parse, ResultKey key)
    {
        var options = parse.CommandResult.Command.Options.Where(o => o != _noCache && o.Name != "--store" && !notInKey.Contains(o));
        foreach (var option in options.OrderBy(o => o.Name, StringComparer.Ordinal))
        {
            var given = parse.GetResult(option) is { Implicit: false } result ? result : null;
            key = key.With(option.Name, given is null ? null : string.Join('\u001f', given.Tokens.Select(t => t.Value)));
            if (option.ValueType == typeof(FileInfo))
                key = key.WithFile(option.Name + " contents", given?.GetValueOrDefault<FileInfo?>()?.FullName);
        }
        return key;
    }

    private static async Task<string> Render(Func<TextWriter, Task> render)
    {
        using var writer = new StringWriter();
        await render(writer).ConfigureAwait(false);
        return writer.ToString();
    }
}
