using ChainGraph.Domain;
using ChainGraph.Domain.Text;

namespace ChainGraph.Analysis.Evaluation;

/// <summary>
/// The guidance class of one firm, read as the 2009 plan reads it ("加强对工业企业分类引导"), in this order:
/// closed or suspended — no class; a compliance finding — 依法淘汰 (for a protected firm: rectification, never closure);
/// chain owners, core supporting enterprises, little giants and champions — 做大做强, protected;
/// labour- or land-intensive production with valuable headquarters here — 总部留深;
/// a low-value, low-R&amp;D manufacturing stage that is labour-, energy- or land-heavy — 有序转移 (the exception);
/// strengths among peers (technology, value added, tax, growth) or a high composite — 做大做强; everything else — 常规服务. A score alone never
/// closes a firm.
/// </summary>
internal static class GuidanceRules
{
    public static (GuidanceClass? Class, IReadOnlyList<Localized> Reasons) Classify(EvaluatedFirm f, EvaluationSettings settings)
    {
        var context = Context(f);
        if (f.Firm.Status is EnterpriseStatus.Closed or EnterpriseStatus.Suspended)
            return (null, [ReasonTexts.Inactive(f.Firm.Status), .. context]);
        if (f.Firm.Compliance != ComplianceFlags.None && f.Protection == Protection.None)
            return (GuidanceClass.Eliminate, [ReasonTexts.Eliminate(f.Firm.Compliance), .. context]);
        var rectify = f.Firm.Compliance == ComplianceFlags.None ? [] : new[] { ReasonTexts.Rectify(f.Firm.Compliance) };
        if (f.Protection != Protection.None)
            return (GuidanceClass.SupportToGrow, [.. ReasonTexts.Protected(f), .. rectify, .. Strengths(f, settings), .. context]);
        if (IsKeepHeadquarters(f, settings))
            return (GuidanceClass.KeepHeadquarters, [ReasonTexts.KeepHeadquarters(f, settings), .. context]);
        if (IsTransfer(f, settings)) return (GuidanceClass.AssistTransfer, [ReasonTexts.Transfer(f, settings), .. context]);
        var strengths = Strengths(f, settings).ToList();
        if (strengths.Count >= settings.StrengthsToSupport)
            return (GuidanceClass.SupportToGrow, [ReasonTexts.Support(f, strengths), .. context]);
        if (f.Composite >= settings.SupportFrom) return (GuidanceClass.SupportToGrow, [ReasonTexts.Support(f, []), .. context]);
        return (GuidanceClass.RoutineService, [ReasonTexts.Routine(f, settings), .. context]);
    }

    private static bool ValuableHeadquarters(EvaluatedFirm f, EvaluationSettings settings) =>
        f.Firm.Labels.HasFlag(EnterpriseLabels.HqLocal) && f.HeadquartersStrength >= settings.HeadquartersStrength;

    private static bool IsKeepHeadquarters(EvaluatedFirm f, EvaluationSettings settings) =>
        f.Has(IndicatorSignals.LabourIntensive | IndicatorSignals.LandInefficient) && ValuableHeadquarters(f, settings);

    // The plan's transfer class: processing stages of manufacturing that are labour-, energy- or land-heavy and add little.
    private static bool IsTransfer(EvaluatedFirm f, EvaluationSettings settings) =>
        f.Firm.IndustryCode is ['C', ..]
        && !f.Has(IndicatorSignals.RdIntensive)
        && f.Has(IndicatorSignals.LowValueAdded)
        && f.Has(IndicatorSignals.LabourIntensive | IndicatorSignals.EnergyHeavy | IndicatorSignals.LandInefficient)
        && !ValuableHeadquarters(f, settings);

    private static IEnumerable<Localized> Strengths(EvaluatedFirm f, EvaluationSettings settings) =>
        new[] { EvaluationIndicator.Technology, EvaluationIndicator.ValueAdded, EvaluationIndicator.Tax, EvaluationIndicator.Growth }
            .Select(f.Of).Where(s => s.Value is not null && s.Score >= settings.StrengthFrom).Select(ReasonTexts.Strength);

    private static IEnumerable<Localized> Context(EvaluatedFirm f)
    {
        yield return ReasonTexts.Composite(f.Composite);
        yield return f.Peers.Description;
        if (f.Land is { } land) yield return ReasonTexts.Land(land);
    }
}
