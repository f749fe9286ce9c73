using System.Globalization;
using ChainGraph.Analysis.Domain;

namespace ChainGraph.Analysis.Evaluation;

/// <summary>
/// The comprehensive evaluation index of industrial enterprises (seed 002 §一.1) and the guidance classes it sorts firms
/// into (seed 002 §三.(一)). Each indicator becomes a percentile among the firm's industry peers (industry-code prefix),
/// the composite is their weighted mean, and the class follows from rules in this order:
/// 依法淘汰 — composite below <see cref="EvaluationSettings.EliminateBelow"/> and among the most energy-intensive peers (obsolete capacity);
/// 总部留深 — labour- or energy-intensive production but strong headquarters functions (technology, value added, tax) and
/// the headquarters (label hq_local) in the city;
/// 有序转移 — intensive without such strengths, or a weak composite;
/// 做大做强 — everything else: firms that are neither intensive nor weak. Pure and deterministic.
/// </summary>
public static class EnterpriseEvaluator
{
    private static readonly EvaluationIndicator[] Indicators = Enum.GetValues<EvaluationIndicator>();

    public static EvaluationReport Evaluate(Dataset dataset, EvaluationSettings? settings = null)
    {
        settings ??= EvaluationSettings.Default;
        var firms = dataset.Enterprises.Where(e => !settings.LocalOnly || e.Location == Location.Local).ToList();
        var groups = PeerGroups(firms, settings);
        var asOf = AsOf(dataset);
        var scores = Indicators.ToDictionary(i => i, i => PeerPercentiles.Of([.. firms.Select(f => Measure(f, i, asOf))], groups, HigherIsBetter(i)));
        var weights = settings.Weights;
        var evaluations = firms.Select((firm, k) =>
        {
            var indicators = Indicators.Select(i => new IndicatorScore(i, Measure(firm, i, asOf), Unit(i), scores[i][k], weights.Of(i) / weights.Total)).ToList();
            var composite = indicators.Sum(s => s.Score * s.Weight);
            var (cls, reasons) = Classify(firm, indicators, composite, settings);
            return new EnterpriseEvaluation(firm.Id, firm.Name, firm.District, firm.IndustryCode, groups[k], groups.Count(g => g == groups[k]),
                indicators, Math.Round(100 * composite, 2), cls, reasons);
        });
        return new EvaluationReport(settings, [.. evaluations.OrderByDescending(e => e.Score).ThenBy(e => e.EnterpriseId, StringComparer.Ordinal)]);
    }

    /// <summary>The Chinese name of a class as the seed writes it.</summary>
    public static string Chinese(GuidanceClass guidance) => guidance switch
    {
        GuidanceClass.SupportToGrow => "做大做强",
        GuidanceClass.KeepHeadquarters => "总部留深",
        GuidanceClass.AssistTransfer => "有序转移",
        _ => "依法淘汰",
    };

    /// <summary>The raw measure of an indicator (null when the record lacks what it needs).</summary>
    public static double? Measure(Enterprise firm, EvaluationIndicator indicator, DateOnly asOf) => indicator switch
    {
        EvaluationIndicator.Technology => firm.RdRatio,
        EvaluationIndicator.ValueAdded => firm.Tax is { } t && firm.Revenue is > 0 ? t / firm.Revenue.Value : null,
        EvaluationIndicator.Tax => firm.Tax,
        EvaluationIndicator.Energy => firm.EnergyPerOutput,
        EvaluationIndicator.Labour => firm.Employees is { } n && firm.AnnualOutput > 0 ? n / firm.AnnualOutput : null,
        EvaluationIndicator.Scale => firm.AnnualOutput,
        _ => firm.Founded is { } f ? Math.Log(1 + Math.Max(0, firm.AnnualOutput)) / Math.Max(1, (asOf.DayNumber - f.DayNumber) / 365.25) : null,
    };

    private static bool HigherIsBetter(EvaluationIndicator indicator) => indicator is not (EvaluationIndicator.Energy or EvaluationIndicator.Labour);

    private static string Unit(EvaluationIndicator indicator) => indicator switch
    {
        EvaluationIndicator.Technology or EvaluationIndicator.ValueAdded => "ratio",
        EvaluationIndicator.Tax or EvaluationIndicator.Scale => "亿元",
        EvaluationIndicator.Energy => "吨标准煤/万元",
        EvaluationIndicator.Labour => "employees/亿元",
        _ => "ln(亿元)/year",
    };

    // Growth is measured at the latest date the data speaks of (its newest event), so results do not depend on the clock.
    private static DateOnly AsOf(Dataset dataset) =>
        dataset.Events.Count > 0 ? dataset.Events.Max(e => e.Date) : dataset.Enterprises.Select(e => e.Founded ?? DateOnly.MinValue).DefaultIfEmpty(DateOnly.MinValue).Max();

    private static List<string> PeerGroups(IReadOnlyList<Enterprise> firms, EvaluationSettings settings)
    {
        var code = firms.Select(f => f.IndustryCode ?? "").ToList();
        var prefix = code.Select(c => c.Length >= settings.IndustryPrefixLength ? c[..settings.IndustryPrefixLength] : "").ToList();
        var section = code.Select(c => c.Length >= 1 ? c[..1] : "").ToList();
        var prefixSize = prefix.Where(p => p.Length > 0).GroupBy(p => p).ToDictionary(g => g.Key, g => g.Count());
        var sectionSize = section.Where(s => s.Length > 0).GroupBy(s => s).ToDictionary(g => g.Key, g => g.Count());
        return [.. firms.Select((_, k) =>
            prefix[k].Length > 0 && prefixSize[prefix[k]] >= settings.MinimumPeerGroup ? prefix[k]
            : section[k].Length > 0 && sectionSize[section[k]] >= settings.MinimumPeerGroup ? section[k]
            : "all")];
    }

    private static (GuidanceClass?, IReadOnlyList<string>) Classify(Enterprise firm, IReadOnlyList<IndicatorScore> s, double composite, EvaluationSettings settings)
    {
        if (firm.Status == EnterpriseStatus.Closed) return (null, ["status closed: no guidance class"]);
        double Of(EvaluationIndicator i) => s.First(x => x.Indicator == i).Score;
        var labourIntensive = Of(EvaluationIndicator.Labour) <= 1 - settings.IntensiveFrom;
        var energyIntensive = Of(EvaluationIndicator.Energy) <= 1 - settings.IntensiveFrom;
        var hq = (Of(EvaluationIndicator.Technology) + Of(EvaluationIndicator.ValueAdded) + Of(EvaluationIndicator.Tax)) / 3;
        var reasons = new List<string> { Text($"composite {100 * composite:0.0} of 100 among industry peers") };
        if (composite < settings.EliminateBelow && Of(EvaluationIndicator.Energy) <= settings.EliminateEnergyWorst)
            return (GuidanceClass.Eliminate, [.. reasons, Text($"obsolete capacity (落后产能): {Standing(s, EvaluationIndicator.Energy)}, composite below {100 * settings.EliminateBelow:0}")]);
        var intensity = string.Join("; ", Intensive(s, labourIntensive, energyIntensive));
        var hqLocal = firm.Labels.HasFlag(EnterpriseLabels.HqLocal);
        if ((labourIntensive || energyIntensive) && hq >= settings.HeadquartersStrength && hqLocal)
            return (GuidanceClass.KeepHeadquarters, [.. reasons, Text($"intensive production ({intensity}) but strong headquarters functions (technology, value added, tax at {hq:0%} on average, headquarters in the city): keep the headquarters, move production")]);
        if (labourIntensive || energyIntensive)
        {
            var why = hq < settings.HeadquartersStrength ? Text($"headquarters functions are weak ({hq:0%} on average)") : "its headquarters is not in the city";
            return (GuidanceClass.AssistTransfer, [.. reasons, Text($"intensive production ({intensity}) and {why}: assist an orderly transfer")]);
        }
        if (composite < settings.TransferBelow)
            return (GuidanceClass.AssistTransfer, [.. reasons, Text($"composite below {100 * settings.TransferBelow:0}, weak pull: assist an orderly transfer or upgrade"), .. s.Where(x => x.Score <= 0.25).Select(x => Standing(s, x.Indicator))]);
        return (GuidanceClass.SupportToGrow, [.. reasons, .. s.Where(x => x.Score >= settings.StrengthFrom).Select(x => Standing(s, x.Indicator)), "neither labour- nor energy-intensive: support to grow"]);
    }

    private static IEnumerable<string> Intensive(IReadOnlyList<IndicatorScore> s, bool labour, bool energy)
    {
        if (labour) yield return Standing(s, EvaluationIndicator.Labour);
        if (energy) yield return Standing(s, EvaluationIndicator.Energy);
    }

    /// <summary>"R&amp;D intensity above 94% of peers", "energy use above 96% of peers": where the firm stands on one indicator.</summary>
    private static string Standing(IReadOnlyList<IndicatorScore> s, EvaluationIndicator i)
    {
        var score = s.First(x => x.Indicator == i).Score;
        var above = HigherIsBetter(i) ? score : 1 - score;
        return Text($"{Name(i)} above {above:0%} of peers");
    }

    private static string Name(EvaluationIndicator i) => i switch
    {
        EvaluationIndicator.Technology => "R&D intensity",
        EvaluationIndicator.ValueAdded => "value-added rate",
        EvaluationIndicator.Tax => "tax paid",
        EvaluationIndicator.Energy => "energy use",
        EvaluationIndicator.Labour => "labour intensity",
        EvaluationIndicator.Scale => "output",
        _ => "growth",
    };

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
