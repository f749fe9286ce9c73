namespace ChainGraph.Storage.Import;

/// <summary>What happened to one file of an import: rows read, inserted, updated, unchanged and rejected.</summary>
public sealed record ImportFileSummary(string File, long Read, long Inserted, long Updated, long Unchanged, long Rejected)
{
    /// <summary>One summary per file of <paramref name="source"/> (counts are zero when nothing was written).</summary>
    public static IReadOnlyList<ImportFileSummary> Of(ImportOutcome outcome, ImportSource source) =>
        source.Files.Select(file =>
        {
            var counts = outcome.Counts?.FirstOrDefault(c => c.Kind == file.Spec.Kind);
            var rejected = outcome.Report.Errors.Where(e => e.File == file.Path && e.Line > 0).Select(e => e.Line).Distinct().Count();
            return new ImportFileSummary(file.Name, outcome.Report.RowsRead.GetValueOrDefault(file.Path), counts?.Inserted ?? 0,
                counts?.Updated ?? 0, counts?.Unchanged ?? 0, rejected);
        }).ToList();
}
