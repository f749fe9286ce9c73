using ChainGraph.Analysis.Checklist;
using ChainGraph.Domain;

namespace ChainGraph.Analysis.Projects;

/// <summary>
/// The 攻关项目清单 of a dataset, looked up by checklist item and listed by chain and status. When several projects
/// answer one item, the item's project is the one of the latest quarter, then the furthest along, then the first id.
/// Immutable; safe to share between threads.
/// </summary>
public sealed class ProjectBook
{
    private readonly Dictionary<string, Project> _byItem;

    public ProjectBook(IReadOnlyList<Project> projects)
    {
        All = [.. projects.OrderBy(p => p.ChainId, StringComparer.Ordinal).ThenByDescending(p => p.Quarter, StringComparer.Ordinal)
            .ThenBy(p => p.Id, StringComparer.Ordinal)];
        _byItem = projects.GroupBy(p => p.ItemId).ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.Quarter, StringComparer.Ordinal)
            .ThenByDescending(p => p.Status).ThenBy(p => p.Id, StringComparer.Ordinal).First());
    }

    /// <summary>Every project: by chain, latest quarter first, then id.</summary>
    public IReadOnlyList<Project> All { get; }

    /// <summary>The project answering the checklist item, or null.</summary>
    public Project? ForItem(string itemId) => _byItem.GetValueOrDefault(itemId);

    /// <summary>
    /// The investment of each item's project (万元) with its lead, the base of investment-based instruments
    /// (<see cref="ProjectInvestment"/>); items whose project gives no investment are left out.
    /// </summary>
    public IReadOnlyDictionary<string, ProjectInvestment> Investments() =>
        _byItem.Values.Where(p => p.Investment is not null)
            .ToDictionary(p => p.ItemId, p => new ProjectInvestment(p.Investment!.Value, p.LeadEnterpriseId));

    /// <summary>The projects of one chain and/or status (null: any), in <see cref="All"/>'s order.</summary>
    public IReadOnlyList<Project> List(string? chainId = null, ProjectStatus? status = null) =>
        [.. All.Where(p => (chainId is null || p.ChainId == chainId) && (status is null || p.Status == status))];
}
