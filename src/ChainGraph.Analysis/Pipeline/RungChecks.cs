using ChainGraph.Domain;

namespace ChainGraph.Analysis.Pipeline;

/// <summary>Checks a firm against a rung's criteria: met, or missed by no more than the near margin.</summary>
public static class RungChecks
{
    /// <summary>One check per criterion the rung sets, in a fixed order (R&amp;D, revenue, years, market share, size).</summary>
    public static IReadOnlyList<RungCheck> Of(Enterprise firm, RungCriteria criteria, DateOnly asOf, double margin)
    {
        var checks = new List<RungCheck>(5);
        if (criteria.MinimumRdRatio is { } rd) checks.Add(Minimum(RungCriterion.RdRatio, firm.RdRatio, rd, margin));
        if (criteria.MinimumRevenue is { } revenue) checks.Add(Minimum(RungCriterion.Revenue, firm.Revenue, revenue, margin));
        if (criteria.MinimumYears is { } years) checks.Add(Minimum(RungCriterion.Years, Years(firm, asOf), years, margin));
        if (criteria.MinimumMarketShare is { } share) checks.Add(Minimum(RungCriterion.MarketShare, firm.MarketShare, share, margin));
        if (criteria.MaximumEmployees is { } employees) checks.Add(Maximum(RungCriterion.Employees, firm.Employees, employees));
        return checks;
    }

    /// <summary>Annual output (亿元) against a 登峰计划 tier's threshold.</summary>
    public static RungCheck Output(double output, double threshold, double margin) =>
        Minimum(RungCriterion.Output, output, threshold, margin);

    /// <summary>Years (fractional) from founding to <paramref name="asOf"/>; null when the founding date is not recorded.</summary>
    public static double? Years(Enterprise firm, DateOnly asOf) =>
        firm.Founded is { } f ? Math.Max(0, (asOf.DayNumber - f.DayNumber) / 365.25) : null;

    // An unknown value neither meets nor nearly meets a criterion: the bureau has to look it up.
    private static RungCheck Minimum(RungCriterion criterion, double? value, double threshold, double margin)
    {
        var met = value >= threshold;
        var near = !met && value >= threshold * (1 - margin);
        return new RungCheck(criterion, value, threshold, false, met, near, PipelineWording.Check(criterion, value, threshold, false));
    }

    private static RungCheck Maximum(RungCriterion criterion, int? value, int limit) =>
        new(criterion, value, limit, true, value < limit, false, PipelineWording.Check(criterion, value, limit, true));
}
