using ChainGraph.Analysis.Chains;
using ChainGraph.Domain;
using ChainGraph.Domain.Text;

namespace ChainGraph.Analysis.Checklist;

/// <summary>
/// From finding to action: gives each checklist item its candidates (the top <paramref name="top"/> of each list, ranked
/// with the what-if term of <see cref="AdditionSimulator"/> against the items of the same chain) and its instrument's
/// amount for the undertaking firm — the project's lead firm when a project names one, else the first candidate
/// (<see cref="ItemCandidates.Undertaking"/>), else the item's own local firm. Every base — investment, fixed
/// investment, or for 三首 the product's actual sales — is the project's figure (<paramref name="investments"/>, by item id).
/// </summary>
internal sealed class ActionPlanner(ChainIndex index, FirmStatus status, LinkAssessment assessment, Func<double> scale,
    IReadOnlyDictionary<string, ProjectInvestment> investments, int top, CandidateCache cache)
{
    private readonly CandidateFinder _finder = new(index, status);
    private AdditionSimulator? _simulator;

    public AdditionSimulator Simulator => _simulator ??= new AdditionSimulator(index, assessment, _finder, scale);

    /// <summary>Every item with its candidates and amount; the what-if term is judged against the item's chain.</summary>
    public IReadOnlyList<ChecklistItem> Plan(IReadOnlyList<ChecklistItem> items)
    {
        var byChain = items.GroupBy(i => i.ChainId).ToDictionary(g => g.Key, g => (IReadOnlyList<ChecklistItem>)[.. g]);
        return [.. items.Select(item => Plan(item, Candidates(item, byChain[item.ChainId])))];
    }

    /// <summary>The item's full ranked lists, the what-if term judged against <paramref name="chainItems"/>.</summary>
    public ItemCandidates Candidates(ChecklistItem item, IReadOnlyList<ChecklistItem> chainItems) => cache.GetOrAdd(item, chainItems, () =>
    {
        var effects = new Dictionary<int, (double, Localized)>();
        return _finder.For(item, f => effects.TryGetValue(f, out var known) ? known : effects[f] = Simulator.Effect(chainItems, f),
            3 * Math.Max(1, top));
    });

    private ChecklistItem Plan(ChecklistItem item, ItemCandidates all)
    {
        var shown = all.Take(top);
        return item with
        {
            Substitutes = shown.Substitutes,
            AttractionTargets = shown.AttractionTargets,
            LocalExpansion = shown.LocalExpansion,
            Instrument = Support(item, all),
        };
    }

    private PolicyInstrument Support(ChecklistItem item, ItemCandidates candidates)
    {
        var project = investments.GetValueOrDefault(item.Id);
        var firm = Firm(project?.LeadEnterpriseId) ?? Firm(candidates.Undertaking(item.Type)?.EnterpriseId) ?? LocalSubject(item);
        return SupportAmount.For(item.Instrument, firm?.Name, project?.InvestmentWan);
    }

    private Enterprise? LocalSubject(ChecklistItem item) =>
        item.EnterpriseIds.Select(Firm).FirstOrDefault(e => e is not null && e.Location == Location.Local);

    private Enterprise? Firm(string? id) => id is not null && index.TryGetEnterprise(id, out var e) ? index.Enterprise(e) : null;
}
