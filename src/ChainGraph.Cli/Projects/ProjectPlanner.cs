using ChainGraph.Analysis.Chains;
using ChainGraph.Analysis.Checklist;
using ChainGraph.Domain;
using ChainGraph.Synthetic;

namespace ChainGraph.Cli.Projects;

/// <summary>
/// A plausible 攻关项目清单 for a generated dataset: for each chain, projects for its first <see cref="PerChain"/> critical
/// or high checklist items (the rest stay 未立项), led by a live local firm serving the item's segment (other than the
/// threatened one), else by the chain's largest local owner; a local partner; investment in the range the item's
/// instrument usually funds; the amount by the instrument's rule (<see cref="SupportAmount"/>: sales for 三首, else the investment); status
/// and quarter by rank (the first item furthest along). Drawn after everything else, so adding projects leaves the other files as they
/// were. It lives in the CLI, not in ChainGraph.Synthetic, because it runs the checklist analysis and the generator may use Domain and
/// Storage only.
/// </summary>
public static class ProjectPlanner
{
    /// <summary>Projects per chain.</summary>
    public const int PerChain = 3;

    private static readonly (ProjectStatus Status, string Quarter)[] Stages =
        [(ProjectStatus.InProgress, "2026Q2"), (ProjectStatus.Approved, "2026Q3"), (ProjectStatus.Proposed, "2026Q4")];

    public static IReadOnlyList<Project> Plan(SyntheticDataset synthetic, Random rng)
    {
        var analyzer = new ChainAnalyzer(synthetic.ToDataset());
        var items = analyzer.Checklist();
        return [.. analyzer.Index.Chains.SelectMany(chain => items
            .Where(i => i.ChainId == chain.Id && i.Level >= SeverityLevel.High && i.SegmentId is not null)
            .Take(PerChain)
            .Select((item, n) => Project(analyzer, item, n, rng)))];
    }

    private static Project Project(ChainAnalyzer analyzer, ChecklistItem item, int n, Random rng)
    {
        var index = analyzer.Index;
        var firms = LocalFirms(analyzer, item);
        var lead = firms[0];
        var partners = firms.Skip(1).Take(rng.Next(0, 3)).Select(f => index.Id(f)).ToList();
        var instrument = item.Instrument;
        var investment = Math.Round(Investment(instrument, rng) / 10) * 10;
        var (status, quarter) = Stages[Math.Min(n, Stages.Length - 1)];
        var firm = index.Enterprise(lead);
        return new Project($"{item.ChainId}-{quarter.ToLowerInvariant()}-{n + 1:00}", item.Id, item.ChainId, item.SegmentId, firm.Id,
            partners, Goal(item), Math.Round(investment * (1.05 + rng.NextDouble() * 0.15) / 10) * 10, investment, instrument.Id,
            SupportAmount.For(instrument, firm.Name, investment).Amount, status, quarter);
    }

    // Live local firms serving the segment (not the threatened ones), largest first, then the chain's local owners.
    private static List<int> LocalFirms(ChainAnalyzer analyzer, ChecklistItem item)
    {
        var index = analyzer.Index;
        var segment = index.SegmentIndex(item.SegmentId!);
        var serving = index.Members(segment)
            .Where(f => index.IsLocal(f) && analyzer.Status.IsLive(f) && !item.EnterpriseIds.Contains(index.Id(f)));
        var owners = index.Owners[item.ChainId].Where(f => index.IsLocal(f) && analyzer.Status.IsLive(f));
        return [.. serving.OrderByDescending(f => index.Output(f))
            .Concat(owners.OrderByDescending(f => index.Output(f)))
            .Distinct()];
    }

    // 万元: attraction projects are large fixed investments, renovation mid-sized, the rest small.
    private static double Investment(PolicyInstrument instrument, Random rng) => instrument.Id switch
    {
        "major-project" => 30_000 + rng.NextDouble() * 90_000,
        "technical-renovation" => 5_000 + rng.NextDouble() * 35_000,
        "supply-chain-service" => 500 + rng.NextDouble() * 2_500,
        _ => 2_000 + rng.NextDouble() * 8_000,
    };

    private static string Goal(ChecklistItem item)
    {
        var firm = item.EnterpriseNames.Count > 0 ? item.EnterpriseNames[0] : "";
        return item.Type switch
        {
            ChecklistItemType.Missing => $"引进{item.SegmentName}项目落地，填补本地{item.SegmentName}环节空白",
            ChecklistItemType.Weak => $"扩大{item.SegmentName}本地产能，提高本地配套率",
            ChecklistItemType.ForeignChokepoint => $"{item.SegmentName}国产替代攻关，形成对{firm}产品的本地替代",
            _ => $"培育{item.SegmentName}第二供应来源，降低对{firm}的依赖",
        };
    }
}
