using ChainGraph.Analysis.Checklist;
using ChainGraph.Analysis.Projects;

namespace ChainGraph.Api.Schema;

/// <summary>The snapshot's project book and its checklist by item id, each built once per snapshot.</summary>
internal static class ProjectLookups
{
    public static ProjectBook Book(AnalysisSnapshot s) => s.Cached("projects", () => new ProjectBook(s.Dataset.Projects));

    public static IReadOnlyDictionary<string, ChecklistItem> Items(AnalysisSnapshot s) =>
        s.Cached("checklist-by-id", () => s.Checklist().ToDictionary(i => i.Id));
}
