using ChainGraph.Domain;

namespace ChainGraph.Synthetic;

/// <summary>
/// Makes the event history agree with the register after <see cref="EventProcess"/> has drawn it: a closed firm whose
/// history holds no closure gets one (after its last event), and a suspended firm with nothing in the last year gets the
/// event that explains the suspension (a quality failure, a capacity cut or, if exposed, a sanction, with the larger of
/// two severity draws). Status is drawn before events, so it never leaks what happened inside a window.
/// </summary>
public static class StatusEvents
{
    /// <summary>How far back an event explains a suspension.</summary>
    public const int SuspensionDays = 365;

    /// <summary>Appends to <paramref name="draws"/> (in date order) what the firm's status requires.</summary>
    public static void Reconcile(Random rng, in HazardProfile profile, DateOnly from, DateOnly to, List<EventDraw> draws)
    {
        if (profile.Status == EnterpriseStatus.Closed && !draws.Any(d => d.Type == EventType.Closure))
        {
            var start = Later(draws.Count > 0 ? draws[^1].Date.AddDays(1) : from, Later(from, profile.Founded));
            if (start <= to)
                draws.Add(new EventDraw(Variates.Day(rng, start, to), EventType.Closure, EventProcess.Severity(rng, EventType.Closure,
                    profile)));
        }
        var recent = to.AddDays(-SuspensionDays);
        if (profile.Status == EnterpriseStatus.Suspended && !draws.Any(d => d.Date > recent))
        {
            var start = Later(recent.AddDays(1), profile.Founded);
            if (start <= to) draws.Add(Suspension(rng, profile, Variates.Day(rng, start, to)));
        }
    }

    private static EventDraw Suspension(Random rng, in HazardProfile profile, DateOnly date)
    {
        ReadOnlySpan<double> weights = [1.2, 1.0 + 1.5 * profile.EnergyPerOutput, profile.SanctionExposed ? 4 : 0];
        var type = Variates.Weighted(rng, weights) switch { 0 => EventType.Quality, 1 => EventType.CapacityCut, _ => EventType.Sanction };
        var (first, second) = (EventProcess.Severity(rng, type, profile), EventProcess.Severity(rng, type, profile));
        return new EventDraw(date, type, Math.Max(first, second));
    }

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;
}
