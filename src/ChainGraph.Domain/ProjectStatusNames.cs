using ChainGraph.Domain.Text;

namespace ChainGraph.Domain;

/// <summary>What users read for a <see cref="ProjectStatus"/>: 拟申报 / 已立项 / 实施中 / 已验收, or English.</summary>
public static class ProjectStatusNames
{
    /// <summary>What a comparison prints for a critical or high item without a project.</summary>
    public static readonly Localized NoProject = new("未立项", "no project");

    public static Localized Of(ProjectStatus status) => status switch
    {
        ProjectStatus.Proposed => new("拟申报", "proposed"),
        ProjectStatus.Approved => new("已立项", "approved"),
        ProjectStatus.InProgress => new("实施中", "in progress"),
        _ => new("已验收", "accepted"),
    };
}
