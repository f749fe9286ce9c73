using ChainGraph.Domain;

namespace ChainGraph.Analysis.Risk.Features;

/// <summary>
/// The disruption events of a dataset by enterprise index, each enterprise's in date order, and the observed period:
/// <see cref="Start"/> is the first day of the month of the first event, <see cref="End"/> (exclusive) the first day of
/// the month after the last one. Events of unknown enterprises are ignored.
/// </summary>
internal sealed class EventHistory
{
    private static readonly DisruptionEvent[] None = [];
    private readonly DisruptionEvent[][] _byEnterprise;

    public EventHistory(Dataset dataset)
    {
        var lists = new List<DisruptionEvent>?[dataset.Enterprises.Count];
        foreach (var ev in dataset.Events)
        {
            if (dataset.TryGetEnterpriseRow(ev.EnterpriseId, out var e)) (lists[e] ??= []).Add(ev);
        }
        _byEnterprise = [.. lists.Select(l => l is null ? None : l.OrderBy(ev => ev.Date).ToArray())];
        var dates = _byEnterprise.SelectMany(l => l).Select(ev => ev.Date).ToList();
        Count = dates.Count;
        Start = dates.Count == 0 ? DateOnly.MinValue : MonthStart(dates.Min());
        End = dates.Count == 0 ? DateOnly.MinValue : MonthStart(dates.Max()).AddMonths(1);
    }

    public int Count { get; }

    public DateOnly Start { get; }

    public DateOnly End { get; }

    public IReadOnlyList<DisruptionEvent> Of(int enterprise) => _byEnterprise[enterprise];

    /// <summary>True when the enterprise had an event in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public bool Any(int enterprise, DateOnly from, DateOnly to)
    {
        foreach (var ev in _byEnterprise[enterprise])
        {
            if (ev.Date >= from && ev.Date < to) return true;
        }
        return false;
    }

    /// <summary>The date of a closure before <paramref name="asOf"/>, if any: the firm is gone and can have no new event.</summary>
    public DateOnly? ClosedBefore(int enterprise, DateOnly asOf)
    {
        foreach (var ev in _byEnterprise[enterprise])
        {
            if (ev.Date >= asOf) break;
            if (ev.Type == EventType.Closure) return ev.Date;
        }
        return null;
    }

    /// <summary>The date of the latest closure on or before <paramref name="asOf"/>, if any.</summary>
    public DateOnly? LatestClosure(int enterprise, DateOnly asOf)
    {
        DateOnly? latest = null;
        foreach (var ev in _byEnterprise[enterprise])
        {
            if (ev.Date > asOf) break;
            if (ev.Type == EventType.Closure) latest = ev.Date;
        }
        return latest;
    }

    public static DateOnly MonthStart(DateOnly date) => new(date.Year, date.Month, 1);
}
