using Microsoft.Extensions.Options;

namespace ChainGraph.Api.Settings;

/// <summary>
/// Checks <see cref="AnalysisOptions.RulesFile"/> at start against the store's current data, so a bad row stops the
/// service with its file and line (an <see cref="OptionsValidationException"/>, like every other bad setting). With a
/// rules file set, the first snapshot is loaded here, before the server listens; it is kept, not loaded again.
/// </summary>
internal sealed class RulesFileCheck(IOptions<AnalysisOptions> options, SnapshotHolder snapshots) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.RulesPath is null) return;
        try
        {
            await snapshots.ReadyAsync(cancellationToken);
        }
        catch (InvalidDataException e)
        {
            throw new OptionsValidationException(AnalysisOptions.Section, typeof(AnalysisOptions), [e.Message]);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
