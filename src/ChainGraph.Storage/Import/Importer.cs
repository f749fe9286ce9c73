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
    public static Task<ImportReport> ValidateAsync(IGraphStore store, ImportSource source, IProgress<ImportProgress>? progress = null,
        CancellationToken cancellationToken = default, Func<Dataset, IReadOnlySet<string>>? checklistItems = null) =>
        ValidateAsync(store, new ImportPlan(source, progress, "validating"), cancellationToken, checklistItems);

    /// <summary>
    /// Validates, then (only when accepted) writes. <see cref="ImportOutcome.Counts"/> is null when rejected.
    /// <paramref name="changeKey"/>, when given, is recorded with the change (<see cref="ImportPlan.ChangeKey"/>).
    /// </summary>
    public static async Task<ImportOutcome> ImportAsync(IGraphStore store, ImportSource source, IProgress<ImportProgress>? progress = null,
        CancellationToken cancellationToken = default, string? changeKey = null, Func<Dataset, IReadOnlySet<string>>? checklistItems = null)
    {
        var validation = new ImportPlan(source, progress, "validating");
        var report = await ValidateAsync(store, validation, cancellationToken, checklistItems).ConfigureAwait(false);
        if (!report.Accepted) return new ImportOutcome(report, null);
        var plan = new ImportPlan(source, progress) { ChangeKey = changeKey, ValidatedContent = validation.ContentHashes };
        var counts = await store.WriteAsync(plan, cancellationToken).ConfigureAwait(false);
        if (checklistItems is not null && plan.Has(RecordKind.Projects) && ProjectItemCheck.ChangesChecklist(plan))
        {
            var written = await store.LoadDatasetAsync(cancellationToken).ConfigureAwait(false);
            report = ProjectItemCheck.After(report, new ImportPlan(source), written, checklistItems);
        }
        return new ImportOutcome(report, counts);
    }

    private static async Task<ImportReport> ValidateAsync(IGraphStore store, ImportPlan plan, CancellationToken cancellationToken,
        Func<Dataset, IReadOnlySet<string>>? checklistItems) =>
        new ImportValidator(await store.LoadDatasetAsync(cancellationToken).ConfigureAwait(false), checklistItems)
            .Validate(plan, cancellationToken);
}
