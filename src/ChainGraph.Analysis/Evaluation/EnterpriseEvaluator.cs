using ChainGraph.Domain;

namespace ChainGraph.Analysis.Evaluation;

/// <summary>
/// The comprehensive evaluation index of industrial enterprises of the 2009 transfer plan (an expired trial plan: outputs
/// say so) and the guidance classes it sorts firms into. Each indicator becomes a percentile among the firm's industry
/// peers (the finest industry level with enough firms, see <see cref="PeerGrouping"/>), the composite is their weighted
/// mean, and the class follows <see cref="GuidanceRules"/>: compliance alone closes, the key chains' firms are protected,
/// and transfer is the exception. Pure and deterministic.
/// </summary>
public static class EnterpriseEvaluator
{
    private static readonly EvaluationIndicator[] Indicators = Enum.GetValues<EvaluationIndicator>();

    public static EvaluationReport Evaluate(Dataset dataset, EvaluationSettings? settings = null)
    {
        settings ??= EvaluationSettings.Default;
        var all = dataset.Enterprises;
        var firms = Enumerable.Range(0, all.Count).Where(e => !settings.LocalOnly || all.Location(e) == Location.Local).Select(e => all[e])
            .ToList();
        var peers = PeerGrouping.Assign(firms, settings.MinimumPeerGroup);
        var codes = firms.Select(f => f.IndustryCode).ToList();
        var asOf = AsOf(dataset);
        var percentiles = Indicators.ToDictionary(i => i, i => PeerPercentiles.Of([.. firms.Select(f => Measure(f, i, asOf))], codes, peers,
            HigherIsBetter(i)));
        var roles = new RoleIndex(dataset);
        var evaluations = firms.Select((firm, k) =>
        {
            var scores = Indicators.Select(i => new IndicatorScore(i, Measure(firm, i, asOf), EvaluationWording.Unit(i), percentiles[i][k],
                settings.Weights.Of(i) / settings.Weights.Total)).ToList();
            return Evaluate(firm, scores, peers[k], roles, settings);
        });
        return new EvaluationReport(settings, [.. evaluations.OrderByDescending(e => e.Score)
            .ThenBy(e => e.EnterpriseId, StringComparer.Ordinal)]);
    }

    private static EnterpriseEvaluation Evaluate(Enterprise firm, IReadOnlyList<IndicatorScore> scores, PeerGroup peers, RoleIndex roles,
        EvaluationSettings settings)
    {
        var composite = scores.Sum(s => s.Score * s.Weight);
        var land = SignalReader.Land(firm);
        var facts = new EvaluatedFirm(firm, scores, composite, peers, roles.Protection(firm), roles.OwnerChains(firm.Id),
            roles.CoreChains(firm.Id), SignalReader.Read(scores, land, settings), land);
        var (cls, reasons) = GuidanceRules.Classify(facts, settings);
        return new EnterpriseEvaluation(firm.Id, firm.Name, firm.District, firm.IndustryCode, peers, scores, Math.Round(100 * composite, 2),
            cls, facts.Protection, facts.Signals, firm.Compliance, land, reasons);
    }

    /// <summary>The raw measure of an indicator (null when the record lacks what it needs).</summary>
    public static double? Measure(Enterprise firm, EvaluationIndicator indicator, DateOnly asOf) => indicator switch
    {
        EvaluationIndicator.Technology => firm.RdRatio,
        EvaluationIndicator.ValueAdded => firm.Tax is { } t && firm.Revenue is > 0 ? t / firm.Revenue.Value : null,
        EvaluationIndicator.Tax => firm.Tax,
        EvaluationIndicator.Energy => firm.EnergyPerOutput,
        EvaluationIndicator.Labour => firm.Employees is { } n && firm.AnnualOutput > 0 ? n / firm.AnnualOutput : null,
        EvaluationIndicator.Scale => firm.AnnualOutput,
        _ =>
            firm.Founded is { } f
                ? Math.Log(1 + Math.Max(0, firm.AnnualOutput)) / Math.Max(1, (asOf.DayNumber - f.DayNumber) / 365.25)
                : null,
    };

    private static bool HigherIsBetter(EvaluationIndicator indicator) =>
        indicator is not (EvaluationIndicator.Energy or EvaluationIndicator.Labour);

    // Growth is measured at the latest date the data speaks of (its newest event), so results do not depend on the clock.
    private static DateOnly AsOf(Dataset dataset) =>
        dataset.Events.Count > 0
            ? dataset.Events.Max(e => e.Date)
            : Enumerable.Range(0, dataset.Enterprises.Count).Select(e => dataset.Enterprises.Founded(e) ?? DateOnly.MinValue)
                .DefaultIfEmpty(DateOnly.MinValue).Max();
}
