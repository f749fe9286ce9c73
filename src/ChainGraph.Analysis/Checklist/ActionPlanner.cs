using ChainGraph.Analysis.Chains;
using ChainGraph.Domain;

namespace ChainGraph.Analysis.Checklist;

/// <summary>
/// From finding to action: gives each checklist item its candidates (the top <paramref name="top"/> of each list) and its
/// instrument's amount for the undertaking firm — the project's lead firm when a project names one, else the first
/// candidate (<see cref="ItemCandidates.Undertaking"/>), else the item's own local firm. Sales-based instruments use
/// that firm's revenue; investment-based ones the project's investment (<paramref name="investments"/>, by item id).
/// </summary>
internal sealed class ActionPlanner(ChainIndex index, FirmStatus status, IReadOnlyDictionary<string, ProjectInvestment> investments, int top)
{
    private readonly CandidateFinder _finder = new(index, status);

    public ChecklistItem Plan(ChecklistItem item)
    {
        var all = _finder.For(item);
        var shown = all.Take(top);
        return item with
        {
            Substitutes = shown.Substitutes,
            AttractionTargets = shown.AttractionTargets,
            LocalExpansion = shown.LocalExpansion,
            Instrument = Support(item, all),
        };
    }

    /// <summary>The item's full ranked lists.</summary>
    public ItemCandidates Candidates(ChecklistItem item) => _finder.For(item);

    private PolicyInstrument Support(ChecklistItem item, ItemCandidates candidates)
    {
        var project = investments.GetValueOrDefault(item.Id);
        var firm = Firm(project?.LeadEnterpriseId) ?? Firm(candidates.Undertaking(item.Type)?.EnterpriseId) ?? LocalSubject(item);
        var baseWan = item.Instrument.Base == SupportBase.Sales ? SupportAmount.SalesWan(firm?.Revenue) : project?.InvestmentWan;
        return SupportAmount.For(item.Instrument, firm?.Name, baseWan);
    }

    private Enterprise? LocalSubject(ChecklistItem item) =>
        item.EnterpriseIds.Select(Firm).FirstOrDefault(e => e is not null && e.Location == Location.Local);

    private Enterprise? Firm(string? id) => id is not null && index.TryGetEnterprise(id, out var e) ? index.Enterprise(e) : null;
}
