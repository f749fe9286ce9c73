using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using ChainGraph.Application.Targets;
using ChainGraph.Storage;

namespace ChainGraph.Cli.Commands;

/// <summary>
/// `import`'s last step and its `--no-prepare`: after a successful import, every chain's <see cref="TargetsModel"/> is
/// built and stored beside the store, so the first `chaingraph targets` answers without loading the data. A failure
/// here is reported on stderr and never fails the import: the data is written, and `targets` computes what is missing.
/// </summary>
public sealed class PrepareTargetsOption
{
    private readonly Option<bool> _noPrepare = new("--no-prepare")
    {
        Description = "Do not prepare the chains' targets after the import (the first `targets` of a chain then loads the data)",
    };

    public void AddTo(Command command) => command.Options.Add(_noPrepare);

    /// <summary>Prepares the models of the store <paramref name="store"/> names, unless `--no-prepare`; prints one line.</summary>
    public async Task RunAsync(ParseResult parse, Option<string?> store, CancellationToken cancellationToken)
    {
        if (parse.GetValue(_noPrepare)) return;
        var clock = Stopwatch.StartNew();
        // Seconds at a million firms, half a minute at ten million: named while it runs, like the import's own steps.
        await parse.InvocationConfiguration.Error.WriteLineAsync("preparing targets for every chain");
        // The import's own objects (validation indexes, row-id maps, the dataset reloaded for the snapshot) are garbage now
        // but still resident; returned before the analyzers are built, they are not stacked under them (at 10M firms /
        // 100M relations the import's peak was this step's, 15.7 GiB).
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        try
        {
            using var graphStore = await StoreFactory.OpenAsync(parse.GetValue(store), cancellationToken: cancellationToken);
            var models = TargetsModels.For(graphStore.Location);
            var prepared = await models.PrepareAsync(graphStore, cancellationToken);
            var seconds = clock.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
            await parse.InvocationConfiguration.Output.WriteLineAsync($"prepared targets for {prepared.Chains} chains in {seconds} s "
                + $"({prepared.Built} built, {prepared.Chains - prepared.Built} up to date)");
            if (models.LastProblem is { } problem)
                await parse.InvocationConfiguration.Error.WriteLineAsync($"targets not stored: {problem}");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await parse.InvocationConfiguration.Error.WriteLineAsync(
                $"targets not prepared ({e.GetType().Name}: {e.Message}); the import stands, and `targets` computes them when asked");
        }
    }
}
