using ChainGraph.Analysis.Chains;
using ChainGraph.Analysis.Checklist;
using ChainGraph.Domain;

namespace ChainGraph.Analysis.Pipeline;

/// <summary>
/// Builds the cultivation pipeline (梯度培育) over the city's live firms: on the recognition ladder, firms that meet or
/// nearly meet the next rung's criteria; on the 登峰计划 output ladder, firms within the near margin below the next tier
/// and, when last year's output is given, firms that crossed a tier for the first time this year (第2条's first-time
/// reward). Each entry says where the firm sits in the chains; firms the checklist names as substitutes for a foreign
/// chokepoint rank first, then firms serving a segment with one, little giants first within each; then first-time
/// crossings, then the higher rung the entry is about, firms ready before firms near, key segments first, larger output
/// first. Pure and deterministic.
/// </summary>
public static class PipelineBuilder
{
    /// <param name="checklist">The checklist whose foreign chokepoints mark substitute candidates (any subset of chains).</param>
    /// <param name="priorOutput">Last year's annual output (亿元) by enterprise id; null when not known.</param>
    public static PipelineReport Build(ChainAnalyzer analyzer, IReadOnlyList<ChecklistItem> checklist, PipelineCriteria? criteria = null,
        IReadOnlyDictionary<string, double>? priorOutput = null, CancellationToken cancellationToken = default)
    {
        criteria ??= PipelineCriteria.Default;
        var index = analyzer.Index;
        var foreign = checklist.Where(i => i.Type == ChecklistItemType.ForeignChokepoint).ToList();
        var placements = new PlacementIndex(index, foreign.Where(i => i.SegmentId is not null)
            .Select(i => i.SegmentId!)
            .ToHashSet(StringComparer.Ordinal));
        var substituteFor = foreign.SelectMany(i => i.Substitutes.Select(c => (c.EnterpriseId, i.Id)))
            .ToLookup(x => x.EnterpriseId, x => x.Id);
        var asOf = analyzer.Status.AsOf;
        var entries = new List<PipelineEntry>();
        for (var e = 0; e < index.Dataset.Enterprises.Count; e++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!index.IsLocal(e) || index.Dataset.Enterprises.Status(e) != EnterpriseStatus.Active || !analyzer.Status.IsLive(e)) continue;
            var firm = index.Enterprise(e);
            var where = new Placed(placements.Of(e), [.. substituteFor[firm.Id]]);
            var prior = priorOutput is not null && priorOutput.TryGetValue(firm.Id, out var p) ? p : (double?)null;
            if (RecognitionEntry(firm, where, criteria, asOf) is { } recognition) entries.Add(recognition);
            if (OutputEntry(firm, where, criteria, prior) is { } output) entries.Add(output);
        }
        return new PipelineReport(criteria, asOf, priorOutput is not null, Rank(entries),
            PipelineWording.Measured(priorOutput is not null));
    }

    private static PipelineEntry? RecognitionEntry(Enterprise firm, Placed where, PipelineCriteria criteria, DateOnly asOf)
    {
        var current = PipelineRungs.Current(firm, PipelineLadder.Recognition);
        if (PipelineRungs.Next(current, PipelineLadder.Recognition) is not { } next) return null;
        var checks = RungChecks.Of(firm, criteria.For(next), asOf, criteria.NearMargin);
        PipelineStanding? standing = checks.All(c => c.Met)
            ? PipelineStanding.Qualifies
            : checks.All(c => c.Met || c.Near) ? PipelineStanding.Near : null;
        if (standing is not { } s) return null;
        return Entry(firm, PipelineLadder.Recognition, current, next, s, null, checks, PipelineRungs.Reward(next), where);
    }

    private static PipelineEntry? OutputEntry(Enterprise firm, Placed where, PipelineCriteria criteria, double? prior)
    {
        var current = PipelineRungs.Current(firm, PipelineLadder.Output);
        var next = PipelineRungs.Next(current, PipelineLadder.Output);
        if (current is { } c && prior is { } before && before < PipelineRungs.OutputThreshold(c))
        {
            var crossed = RungChecks.Output(firm.AnnualOutput, PipelineRungs.OutputThreshold(c), criteria.NearMargin);
            return Entry(firm, PipelineLadder.Output, current, next, PipelineStanding.Crossed, prior, [crossed],
                FirstTimeRewards(before, c), where);
        }
        if (next is not { } n) return null;
        var check = RungChecks.Output(firm.AnnualOutput, PipelineRungs.OutputThreshold(n), criteria.NearMargin);
        return check.Near
            ? Entry(firm, PipelineLadder.Output, current, next, PipelineStanding.Near, prior, [check], PipelineRungs.Reward(n), where)
            : null;
    }

    // A firm that jumped two tiers in a year reached each of them for the first time: 第2条 rewards each.
    private static double FirstTimeRewards(double prior, PipelineRung reached) =>
        Enum.GetValues<PipelineRung>()
            .Where(r => PipelineRungs.LadderOf(r) == PipelineLadder.Output && r <= reached && prior < PipelineRungs.OutputThreshold(r))
            .Sum(r => PipelineRungs.Reward(r) ?? 0);

    private static PipelineEntry Entry(Enterprise firm, PipelineLadder ladder, PipelineRung? current, PipelineRung? next,
        PipelineStanding standing, double? prior, IReadOnlyList<RungCheck> checks, double? reward, Placed where)
    {
        var target = standing == PipelineStanding.Crossed ? current!.Value : next!.Value;
        return new PipelineEntry(firm.Id, firm.Name, firm.District, ladder, current, next, standing, firm.AnnualOutput, prior, checks,
            reward, PipelineWording.RewardBasis(target), where.Placements, where.SubstituteFor,
            PipelineWording.Summary(standing, target, checks, prior, firm.AnnualOutput, reward));
    }

    private static IReadOnlyList<PipelineEntry> Rank(List<PipelineEntry> entries) =>
        [.. entries
            .OrderBy(e => !e.SubstituteCandidate)
            .ThenBy(e => !e.ServesForeignChokepoint)
            .ThenBy(e => e.Rung != PipelineRung.LittleGiant)
            .ThenBy(e => e.Standing != PipelineStanding.Crossed)
            .ThenByDescending(e => e.Target)
            .ThenBy(e => e.Standing)
            .ThenBy(e => !e.InKeySegment)
            .ThenBy(e => e.Ladder == PipelineLadder.Recognition ? 0 : 1)
            .ThenByDescending(e => e.AnnualOutput)
            .ThenBy(e => e.EnterpriseId, StringComparer.Ordinal)];

    private sealed record Placed(IReadOnlyList<PipelinePlacement> Placements, IReadOnlyList<string> SubstituteFor);
}
