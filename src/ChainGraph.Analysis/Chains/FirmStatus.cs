using System.Globalization;
using ChainGraph.Domain;
using ChainGraph.Domain.Text;

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
        _closureDate = new DateOnly?[dataset.Enterprises.Count];
        foreach (var e in dataset.Events)
        {
            if (e.Type != EventType.Closure || e.Date > AsOf || !index.TryGetEnterprise(e.EnterpriseId, out var i)) continue;
            if (_closureDate[i] is not { } known || e.Date > known) _closureDate[i] = e.Date;
        }
        var firms = dataset.Enterprises;
        _standing = new SupplierStanding[firms.Count];
        for (var i = 0; i < _standing.Length; i++) _standing[i] = Judge(firms.Status(i), _closureDate[i], AsOf, RecentClosureMonths);
    }

    /// <summary>The date the standing is judged at.</summary>
    public DateOnly AsOf { get; }

    /// <summary>How far back a closure event makes an active firm's record suspect.</summary>
    public int RecentClosureMonths { get; }

    public SupplierStanding Of(int enterprise) => _standing[enterprise];

    public bool IsLive(int enterprise) => _standing[enterprise] == SupplierStanding.Live;

    /// <summary>The latest closure event on or before <see cref="AsOf"/>, if any.</summary>
    public DateOnly? ClosureDate(int enterprise) => _closureDate[enterprise];

    /// <summary>
    /// Why the firm's supply is suspect (status, closure event and date), in both languages; for a firm that is not live.
    /// </summary>
    public Localized Reason(int enterprise)
    {
        var date = ClosureDate(enterprise) is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
        var closure = date is null ? ("", "") : ($"，{date} 记录了关停事件", $"; a closure was recorded on {date}");
        return Of(enterprise) switch
        {
            SupplierStanding.Closed => new($"登记状态为已关停{closure.Item1}", $"status closed{closure.Item2}"),
            SupplierStanding.Suspended => new($"登记状态为停产（暂停经营）{closure.Item1}", $"status suspended{closure.Item2}"),
            SupplierStanding.RecentClosure => new($"状态仍为在营，但 {date} 记录了关停事件（近 {RecentClosureMonths} 个月内）",
                $"status still active, but a closure was recorded on {date} (within the last {RecentClosureMonths} months)"),
            _ => new("在营", "live"),
        };
    }

    /// <summary>
    /// The one rule: closed or suspended by status, else recently closed when the latest closure event on or before
    /// <paramref name="asOf"/> lies within <paramref name="recentClosureMonths"/> of it, else live. The risk model's
    /// scoring rows use it too, so the checklist and the risk lists agree on who is live.
    /// </summary>
    public static SupplierStanding Judge(EnterpriseStatus status, DateOnly? latestClosure, DateOnly asOf, int recentClosureMonths)
    {
        var since = asOf == DateOnly.MinValue ? DateOnly.MinValue : asOf.AddMonths(-recentClosureMonths);
        return status switch
        {
            EnterpriseStatus.Closed => SupplierStanding.Closed,
            EnterpriseStatus.Suspended => SupplierStanding.Suspended,
            _ when latestClosure is { } date && date >= since && date <= asOf => SupplierStanding.RecentClosure,
            _ => SupplierStanding.Live,
        };
    }
}
