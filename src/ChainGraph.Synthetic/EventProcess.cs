using ChainGraph.Domain;

namespace ChainGraph.Synthetic;

/// <summary>
/// The "true" disruption process behind <c>events.csv</c>, documented with these coefficients in docs/data-generation.md
/// so a risk model can be checked against it. Per enterprise and calendar year (from its founding, within the history
/// window) the probability of a disruption is <c>logistic(β·x)</c>; at most one event per enterprise-year, none after a
/// closure. The event type is then drawn with weights that depend on the same features, and the severity by type.
/// </summary>
public static class EventProcess
{
    public const double Intercept = -4.3;
    public const double Overseas = 0.5;
    /// <summary>In an export-controlled segment and based in a controlling country (US, NL, JP).</summary>
    public const double SanctionExposed = 1.4;
    /// <summary>Per unit of −ln(annual output / 1亿元), the argument clipped to [−3, 4].</summary>
    public const double SmallSize = 0.3;
    /// <summary>Founded less than <see cref="YoungYears"/> years before the year in question.</summary>
    public const double Young = 0.7;
    public const int YoungYears = 5;
    /// <summary>Per 吨标准煤/万元 of energy use.</summary>
    public const double Energy = 1.2;
    /// <summary>Per unit of supplier HHI (mean over the firm's input segments of Σ (share / Σ share)²; 0 without suppliers).</summary>
    public const double SupplierConcentration = 1.0;
    /// <summary>Status suspended, relocated or closed.</summary>
    public const double Distressed = 1.8;

    /// <summary>Year shocks: 2020 and 2022 (pandemic logistics).</summary>
    public static double YearEffect(int year) => year switch { 2020 => 0.5, 2022 => 0.4, _ => 0 };

    /// <summary>β·x for one enterprise-year, before any preset's intercept shift.</summary>
    public static double LogOdds(in HazardProfile p, int year)
    {
        var smallness = Math.Clamp(-Math.Log(Math.Max(p.AnnualOutput, 1e-6)), -3, 4);
        return Intercept
               + (p.Overseas ? Overseas : 0)
               + (p.SanctionExposed ? SanctionExposed : 0)
               + SmallSize * smallness
               + (year - p.Founded.Year < YoungYears ? Young : 0)
               + Energy * p.EnergyPerOutput
               + SupplierConcentration * p.SupplierHhi
               + (p.Status == EnterpriseStatus.Active ? 0 : Distressed)
               + YearEffect(year);
    }

    /// <summary>
    /// Draws the events of one enterprise between <paramref name="from"/> and <paramref name="to"/> (inclusive) into
    /// <paramref name="into"/>, in date order. Partial years count with their share of days.
    /// <paramref name="interceptShift"/> is added to the log-odds (0 for the shenzhen preset).
    /// </summary>
    public static void Sample(Random rng, in HazardProfile profile, DateOnly from, DateOnly to, double interceptShift, List<EventDraw> into)
    {
        for (var year = from.Year; year <= to.Year; year++)
        {
            var start = Latest(from, new DateOnly(year, 1, 1), profile.Founded);
            var end = to < new DateOnly(year, 12, 31) ? to : new DateOnly(year, 12, 31);
            if (start > end) continue;
            var exposure = (end.DayNumber - start.DayNumber + 1) / (DateTime.IsLeapYear(year) ? 366.0 : 365.0);
            var p = Variates.Logistic(LogOdds(profile, year) + interceptShift);
            if (!Variates.Chance(rng, 1 - Math.Pow(1 - p, exposure))) continue;
            var type = DrawType(rng, profile, year);
            into.Add(new EventDraw(Variates.Day(rng, start, end), type, Severity(rng, type, profile)));
            if (type == EventType.Closure) return;
        }
    }

    /// <summary>Relative weights of the six event types for an enterprise-year that has an event (in enum order).</summary>
    public static void TypeWeights(in HazardProfile p, int year, Span<double> weights)
    {
        var small = p.AnnualOutput < 1 ? 1 : 0;
        // Only a firm the register shows as closed closes: a closure event and the status never contradict each other.
        weights[(int)EventType.Closure] = p.Status == EnterpriseStatus.Closed
            ? 2.5 + 1.5 * small + (year - p.Founded.Year < YoungYears ? 1 : 0)
            : 0;
        weights[(int)EventType.Relocation] = 0.4 + 2.0 * p.EnergyPerOutput + (p.Local ? 1 : 0)
            + (p.Status == EnterpriseStatus.Relocated ? 2 : 0);
        weights[(int)EventType.Sanction] = 0.05 + (p.SanctionExposed ? 4 : 0);
        weights[(int)EventType.CapacityCut] = 1.0 + 1.5 * p.EnergyPerOutput;
        weights[(int)EventType.Quality] = 1.2;
        weights[(int)EventType.Logistics] = 0.6 + (p.Overseas ? 1.2 : 0) + (year is 2020 or 2022 ? 1.5 : 0);
    }

    private static EventType DrawType(Random rng, in HazardProfile p, int year)
    {
        Span<double> weights = stackalloc double[6];
        TypeWeights(p, year, weights);
        return (EventType)Variates.Weighted(rng, weights);
    }

    /// <summary>Severity ranges by type, a tenth more for firms under 1亿元 (less buffer), capped at 1.</summary>
    public static double Severity(Random rng, EventType type, in HazardProfile p)
    {
        var (low, high) = type switch
        {
            EventType.Closure => (0.8, 1.0),
            EventType.Sanction => (0.5, 0.95),
            EventType.Relocation => (0.3, 0.7),
            EventType.CapacityCut => (0.2, 0.7),
            EventType.Quality => (0.1, 0.6),
            _ => (0.1, 0.5),
        };
        var severity = Variates.Uniform(rng, low, high) + (p.AnnualOutput < 1 ? 0.1 : 0);
        return Math.Round(Math.Min(1, severity), 2);
    }

    private static DateOnly Latest(DateOnly a, DateOnly b, DateOnly c)
    {
        var later = a > b ? a : b;
        return later > c ? later : c;
    }
}
