using ChainGraph.Domain;

namespace ChainGraph.Storage.Import;

/// <summary>
/// Validates and imports a folder of files into a store: nothing is written unless every row passes,
/// and then everything is written in one transaction.
/// </summary>
public static class Importer
{
    /// <summary>Checks the files against themselves and the store's current contents; writes nothing.</summary>
    /// <param name="checklistItems">The current checklist's item ids, for the projects' warning (see
    /// <see cref="ImportValidator"/>).</param>
    public static ImportReport Validate(IGraphStore store, ImportSource source, IProgress<ImportProgress>? progress = null,
        CancellationToken cancellationToken = default, Func<Dataset, IReadOnlySet<string>>? checklistItems = null) =>
        Validate(store, new ImportPlan(source, progress, "validating"), cancellationToken, checklistItems);

    /// <summary>
    /// Validates, then (only when accepted) writes. <see cref="ImportOutcome.Counts"/> is null when rejected.
    /// <paramref name="changeKey"/>, when given, is recorded with the change (<see cref="ImportPlan.ChangeKey"/>).
    /// </summary>
    public static ImportOutcome Import(IGraphStore store, ImportSource source, IProgress<ImportProgress>? progress = null,
        CancellationToken cancellationToken = default, string? changeKey = null, Func<Dataset, IReadOnlySet<string>>? checklistItems = null)
    {
        var validation = new ImportPlan(source, progress, "validating");
        var report = Validate(store, validation, cancellationToken, checklistItems);
        if (!report.Accepted) return new ImportOutcome(report, null);
        var plan = new ImportPlan(source, progress) { ChangeKey = changeKey, ValidatedContent = validation.ContentHashes };
        var counts = store.Write(plan, cancellationToken);
        if (checklistItems is not null && plan.Has(RecordKind.Projects) && ProjectItemCheck.ChangesChecklist(plan))
            report = ProjectItemCheck.After(report, new ImportPlan(source), store.LoadDataset(cancellationToken), checklistItems);
        return new ImportOutcome(report, counts);
    }

    private static ImportReport Validate(IGraphStore store, ImportPlan plan, CancellationToken cancellationToken,
        Func<Dataset, IReadOnlySet<string>>? checklistItems) =>
        new ImportValidator(store.LoadDataset(cancellationToken), checklistItems).Validate(plan, cancellationToken);
}
