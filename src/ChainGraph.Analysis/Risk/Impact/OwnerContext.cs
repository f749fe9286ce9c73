using ChainGraph.Analysis.Chains;

namespace ChainGraph.Analysis.Risk.Impact;

/// <summary>
/// The chain's live owners with their output weights and key-input supply groups, and the arithmetic that turns one
/// removal's availabilities into owner exposures, structural impact, lost output and time to survive. Losses are
/// measured against the baseline (the input still supplied once inactive firms are gone): a live firm holding 0.35 of an
/// input whose other 0.60 came from a closed firm takes 0.35 / 0.40 = 88% of what remains.
/// </summary>
internal sealed class OwnerContext
{
    private readonly ChainIndex _index;
    private readonly LossPropagator _propagator;
    private readonly ImpactSettings _settings;
    private readonly double[] _baseline;

    public sealed record Owner(int Enterprise, string Id, double Output, double Weight,
        IReadOnlyList<(string SegmentId, int From, int To)> KeyInputs);

    public OwnerContext(ChainIndex index, LossPropagator propagator, string chainId, ImpactSettings settings, FirmStatus status,
        double[] baseline)
    {
        (_index, _propagator, _settings, _baseline) = (index, propagator, settings, baseline);
        var owners = index.Owners[chainId].Where(status.IsLive).ToList();
        var total = owners.Sum(o => Math.Max(0, index.Output(o)));
        Owners = [.. owners.Select(o => new Owner(o, index.Id(o), index.Output(o),
            total > 0 ? Math.Max(0, index.Output(o)) / total : 1.0 / owners.Count, KeyInputs(o, chainId)))];
    }

    public IReadOnlyList<Owner> Owners { get; }

    public (double Structural, double Lost, double Ttr, double? Tts, OwnerExposure[] Owners) Assess(int removed, double ttr,
        double[] availability)
    {
        var exposures = new List<OwnerExposure>();
        double structural = 0, lost = 0;
        double? survive = null;
        foreach (var owner in Owners)
        {
            var (exposure, ownerLost) = owner.Enterprise == removed ? Self(owner, ttr) : Exposure(owner, ttr, availability);
            if (exposure is null) continue;
            exposures.Add(exposure);
            structural += owner.Weight * exposure.InputLost;
            lost += ownerLost;
            if (exposure.TimeToSurviveDays is { } t) survive = Math.Min(survive ?? double.MaxValue, t);
        }
        return (Math.Min(1, structural), lost, ttr, survive, [.. exposures]);
    }

    private static (OwnerExposure, double) Self(Owner owner, double ttr) =>
        (new OwnerExposure(owner.Id, owner.Enterprise, owner.Weight, null, 1, 1, 0, 0), owner.Output * ttr / 365);

    // The worst-hit key input names the exposure; time to survive is the shortest over all key inputs; lost output is
    // output × (net loss × TTR − inventory) / 365, i.e. production stops in proportion to the net loss once stock runs out.
    private (OwnerExposure?, double) Exposure(Owner owner, double ttr, double[] availability)
    {
        var supplies = _index.Dataset.Supplies;
        OwnerExposure? worst = null;
        double? survive = null;
        var lost = 0.0;
        foreach (var (segmentId, from, to) in owner.KeyInputs)
        {
            double loss = 0, remaining = 0, lostBefore = 0;
            for (var i = from; i < to; i++)
            {
                var r = _propagator.Row(i);
                var (a, before) = (availability[supplies.Supplier[r]], _baseline[supplies.Supplier[r]]);
                (loss, remaining, lostBefore) = (loss + supplies.Share[r] * (before - a), remaining + supplies.Share[r] * a,
                    lostBefore + supplies.Share[r] * (1 - before));
            }
            var supplied = 1 - Math.Min(1, lostBefore);
            if (loss <= 1e-12 || supplied <= 1e-12) continue;
            (loss, remaining) = (Math.Min(1, loss / supplied), remaining / supplied);
            var net = Math.Max(0, loss - _settings.AlternateSurge * remaining);
            var inventory = _settings.InventoryFor(segmentId);
            double? tts = net > 1e-12 ? inventory / net : null;
            if (tts is { } t) survive = Math.Min(survive ?? double.MaxValue, t);
            lost = Math.Max(lost, owner.Output * Math.Max(0, net * ttr - inventory) / 365);
            if (worst is null || loss > worst.InputLost)
                worst = new OwnerExposure(owner.Id, owner.Enterprise, owner.Weight, segmentId, loss, net, inventory, tts);
        }
        return (worst is null ? null : worst with { TimeToSurviveDays = survive }, lost);
    }

    private IReadOnlyList<(string, int, int)> KeyInputs(int owner, string chainId) =>
        [.. _propagator.GroupsOf(owner)
            .Where(g => _index.SegmentChain[g.Segment] == chainId && _index.Segment(g.Segment).Key)
            .Select(g => (_index.Segment(g.Segment).Id, g.From, g.To))];
}
