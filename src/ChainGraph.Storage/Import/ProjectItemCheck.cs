using ChainGraph.Domain;

namespace ChainGraph.Storage.Import;

/// <summary>
/// Warns about projects whose checklist item is not on the current checklist (items come and go by quarter, so the
/// project is kept). "Current" is the checklist of the data the projects will sit beside: the store as it is when the
/// import holds projects only, else the store after the import (so a folder with firms and projects is judged on them).
/// </summary>
internal static class ProjectItemCheck
{
    /// <summary>True when the import holds files other than projects (the checklist is then judged after the write).</summary>
    public static bool ChangesChecklist(ImportPlan plan) => plan.Source.Files.Any(f => f.Spec.Kind != RecordKind.Projects);

    public static IEnumerable<ImportIssue> Warnings(ImportPlan plan, IReadOnlySet<string> items)
    {
        var file = plan.Source.Files.FirstOrDefault(f => f.Spec.Kind == RecordKind.Projects);
        if (file is null) yield break;
        foreach (var (project, line, valid) in plan.Read(RecordKind.Projects, RecordParser.Project, new List<ImportIssue>()))
        {
            if (valid && !items.Contains(project.ItemId))
                yield return new(file.Path, line, "item_id",
                    $"item {project.ItemId} is not on the current checklist (it may have been resolved); the project is kept",
                    IssueSeverity.Warning);
        }
    }

    /// <summary>The report with the warnings about the data the store now holds.</summary>
    public static ImportReport After(ImportReport report, ImportPlan plan, Dataset stored,
        Func<Dataset, IReadOnlySet<string>> checklistItems) =>
        new([.. report.Issues, .. Warnings(plan, checklistItems(stored))], report.RowsRead);
}
