using ChainGraph.Domain;

namespace ChainGraph.Analysis.Chains;

/// <summary>
/// Each firm's <see cref="SupplierStanding"/> as of <see cref="AsOf"/> (the settings' date, else the latest event in the
/// data): closed and suspended firms, and firms with a closure event within <see cref="AnalysisSettings.RecentClosureMonths"/>
/// while their status reads active, are not live. Their supply counts as already lost: chokepoints and weak links are
/// judged on live firms only, and their supply records go to the verify list. Immutable.
/// </summary>
public sealed class FirmStatus
{
    private readonly SupplierStanding[] _standing;
    private readonly DateOnly?[] _closureDate;

    public FirmStatus(ChainIndex index, AnalysisSettings settings)
    {
        var dataset = index.Dataset;
        RecentClosureMonths = settings.RecentClosureMonths;
        AsOf = settings.AsOf ?? (dataset.Events.Count > 0 ? dataset.Events.Max(e => e.Date) : DateOnly.MinValue);
        var since = AsOf == DateOnly.MinValue ? DateOnly.MinValue : AsOf.AddMonths(-settings.RecentClosureMonths);
        _closureDate = new DateOnly?[dataset.Enterprises.Count];
        foreach (var e in dataset.Events)
        {
            if (e.Type != EventType.Closure || e.Date > AsOf || !index.TryGetEnterprise(e.EnterpriseId, out var i)) continue;
            if (_closureDate[i] is not { } known || e.Date > known) _closureDate[i] = e.Date;
        }
        _standing = [.. dataset.Enterprises.Select((e, i) => Standing(e.Status, _closureDate[i], since))];
    }

    /// <summary>The date the standing is judged at.</summary>
    public DateOnly AsOf { get; }

    /// <summary>How far back a closure event makes an active firm's record suspect.</summary>
    public int RecentClosureMonths { get; }

    public SupplierStanding Of(int enterprise) => _standing[enterprise];

    public bool IsLive(int enterprise) => _standing[enterprise] == SupplierStanding.Live;

    /// <summary>The latest closure event on or before <see cref="AsOf"/>, if any.</summary>
    public DateOnly? ClosureDate(int enterprise) => _closureDate[enterprise];

    private static SupplierStanding Standing(EnterpriseStatus status, DateOnly? closure, DateOnly since) => status switch
    {
        EnterpriseStatus.Closed => SupplierStanding.Closed,
        EnterpriseStatus.Suspended => SupplierStanding.Suspended,
        _ when closure is { } date && date >= since => SupplierStanding.RecentClosure,
        _ => SupplierStanding.Live,
    };
}
