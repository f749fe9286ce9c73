using ChainGraph.Application.Briefings;
using ChainGraph.Domain.Text;
using ChainGraph.Api.Printing;

namespace ChainGraph.Api.Pages;

/// <summary>
/// Serves briefings of the current snapshot, dated by the injected clock (<see cref="SnapshotBriefings"/>: compared with
/// the latest stored quarterly checklist, HTML cached per snapshot and day); PDFs per chain, data version and day
/// (<see cref="BriefingPdfCache"/>). Thread-safe; singleton.
/// </summary>
public sealed class BriefingService(SnapshotHolder snapshots, TimeProvider time, BriefingPdfCache pdfs)
{
    /// <summary>The chain's briefing as HTML in <paramref name="language"/>, or null when the chain does not exist.</summary>
    public string? ChainHtml(string chainId, Language language = Language.Zh)
    {
        return snapshots.Current.ChainHtml(chainId, Today(), language);
    }

    /// <summary>The cover summary of all chains, linking each chain's briefing under <paramref name="linkPrefix"/>.</summary>
    public string CoverHtml(string linkPrefix) => snapshots.Current.CoverHtml(Today(), linkPrefix);

    /// <summary>
    /// The chain's briefing as PDF in <paramref name="language"/> (printed once per data version, day and language), or null when the chain
    /// does not exist.
    /// </summary>
    /// <exception cref="ChainGraph.Printing.PrinterBusyException">The printer's queue is full.</exception>
    public async Task<byte[]?> ChainPdfAsync(string chainId, Language language, CancellationToken cancellationToken)
    {
        var snapshot = snapshots.Current;
        if (!snapshot.Analyzer.Index.HasChain(chainId)) return null;
        var key = new BriefingPdfKey(chainId, snapshot.Version, Today(), language);
        return await pdfs.GetAsync(key, () => ChainHtml(chainId, language)!, cancellationToken).ConfigureAwait(false);
    }

    private DateOnly Today() => DateOnly.FromDateTime(time.GetLocalNow().DateTime);
}
