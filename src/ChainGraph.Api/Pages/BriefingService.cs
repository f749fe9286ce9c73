using ChainGraph.Analysis.Checklist;
using ChainGraph.Application;
using ChainGraph.Reporting;
using ChainGraph.Domain.Text;
using ChainGraph.Api.Printing;
using ChainGraph.Api.Schema;
using ChainGraph.Storage;

namespace ChainGraph.Api.Pages;

/// <summary>
/// Renders briefings from the current snapshot, dated by the injected clock and compared with the latest stored
/// quarterly checklist (<c>DATA/checklists/YYYY-Qn.json</c> beside the store). Rendered HTML is cached per snapshot
/// and day; PDFs per chain, data version and day (<see cref="BriefingPdfCache"/>). Thread-safe; singleton.
/// </summary>
public sealed class BriefingService(SnapshotHolder snapshots, TimeProvider time, BriefingPdfCache pdfs)
{
    /// <summary>The chain's briefing as HTML in <paramref name="language"/>, or null when the chain does not exist.</summary>
    public string? ChainHtml(string chainId, Language language = Language.Zh)
    {
        var snapshot = snapshots.Current;
        if (!snapshot.Analyzer.Index.HasChain(chainId)) return null;
        var today = Today();
        return snapshot.Cached($"briefing:{chainId}:{today:yyyy-MM-dd}:{language}",
            () => BriefingHtml.Chain(Builder(snapshot, today).Build(chainId, Previous(snapshot, today)), snapshot.Analyzer.Index, language));
    }

    /// <summary>The cover summary of all chains, linking each chain's briefing under <paramref name="linkPrefix"/>.</summary>
    public string CoverHtml(string linkPrefix)
    {
        var snapshot = snapshots.Current;
        var today = Today();
        return snapshot.Cached($"briefing-cover:{today:yyyy-MM-dd}", () =>
        {
            var builder = Builder(snapshot, today);
            var previous = Previous(snapshot, today);
            return BriefingHtml.Cover([.. snapshot.Dataset.Chains.Select(c => builder.Build(c.Id, previous))], today, snapshot.Version, linkPrefix);
        });
    }

    /// <summary>The chain's briefing as PDF in <paramref name="language"/> (printed once per data version, day and language), or null when the chain does not exist.</summary>
    /// <exception cref="ChainGraph.Printing.PrinterBusyException">The printer's queue is full.</exception>
    public async Task<byte[]?> ChainPdfAsync(string chainId, Language language, CancellationToken cancellationToken)
    {
        var snapshot = snapshots.Current;
        if (!snapshot.Analyzer.Index.HasChain(chainId)) return null;
        var key = new BriefingPdfKey(chainId, snapshot.Version, Today(), language);
        return await pdfs.GetAsync(key, () => ChainHtml(chainId, language)!, cancellationToken).ConfigureAwait(false);
    }

    private DateOnly Today() => DateOnly.FromDateTime(time.GetLocalNow().DateTime);

    private static BriefingBuilder Builder(AnalysisSnapshot snapshot, DateOnly today) => new(snapshot.Analyzer, snapshot.Checklist(), today, snapshot.Version);

    private static PreviousChecklist? Previous(AnalysisSnapshot snapshot, DateOnly today) =>
        PreviousChecklistFiles.FindStored(File.Exists(snapshot.Info.Store) ? Path.GetDirectoryName(Path.GetFullPath(snapshot.Info.Store))! : StoreFactory.DataFolder, today);
}
