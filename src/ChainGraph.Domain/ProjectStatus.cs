namespace ChainGraph.Domain;

/// <summary>
/// Where a project stands: 拟申报 (proposed), 已立项 (approved), 实施中 (in progress), 已验收 (accepted). The words in
/// files and the API are <c>proposed | approved | in_progress | accepted</c> (<see cref="Vocabulary"/>).
/// </summary>
public enum ProjectStatus
{
    Proposed,
    Approved,
    InProgress,
    Accepted,
}
