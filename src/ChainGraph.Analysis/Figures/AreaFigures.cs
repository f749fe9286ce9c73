using ChainGraph.Domain;
using ChainGraph.Analysis.Evaluation;

namespace ChainGraph.Analysis.Figures;

/// <summary>
/// The quarterly figures of one chain or one district: local supply share (本地配套率), the city's firms by guidance class
/// of the enterprise evaluation (<see cref="Unclassified"/>: closed or suspended firms the evaluation leaves out), the
/// checklist items now and their changes since a previous checklist (null without one), and projects by status.
/// </summary>
public sealed record AreaFigures(
    string Id,
    string Name,
    SupplyShare Supply,
    IReadOnlyDictionary<GuidanceClass, int> FirmsByClass,
    int Unclassified,
    int Items,
    ChangeCounts? Changes,
    IReadOnlyDictionary<ProjectStatus, int> Projects)
{
    public int Firms => FirmsByClass.Values.Sum() + Unclassified;
}
