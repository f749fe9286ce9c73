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
    public static Task<ImportOutcome> ImportAsync(IGraphStore store, ImportSource source, IProgress<ImportProgress>? progress = null,
        CancellationToken cancellationToken = default, string? changeKey = null,
        Func<Dataset, IReadOnlySet<string>>? checklistItems = null) =>
        ImportAsync(store, source, SortedRows<ValidatedSupply>.DefaultChunkRows, progress, cancellationToken, changeKey, checklistItems);

    /// <param name="chunkRows">How many validated rows of a kind are held in memory before a sorted run spills to disk.</param>
    internal static async Task<ImportOutcome> ImportAsync(IGraphStore store, ImportSource source, int chunkRows,
        IProgress<ImportProgress>? progress, CancellationToken cancellationToken, string? changeKey,
        Func<Dataset, IReadOnlySet<string>>? checklistItems)
    {
        if (await UnchangedAsync(store, source, progress, cancellationToken).ConfigureAwait(false) is { } unchanged) return unchanged;
        var validation = new ImportPlan(source, progress, "validating");
        // Disposed however the import ends (rejected, failed, cancelled), so no spilled run outlives it.
        using var kept = store.ValidatedRowsDirectory is { } directory ? new ValidatedRows(directory, chunkRows) : null;
        var report = await ValidateAsync(store, validation, cancellationToken, checklistItems, kept).ConfigureAwait(false);
        if (!report.Accepted) return new ImportOutcome(report, null);
        var plan = new ImportPlan(source, progress)
        {
            ChangeKey = changeKey, ValidatedContent = validation.ContentHashes, ValidatedRows = kept,
            ValidatedClean = report.Issues.Count == 0,
        };
        var counts = await store.WriteAsync(plan, cancellationToken).ConfigureAwait(false);
        if (checklistItems is not null && plan.Has(RecordKind.Projects) && ProjectItemCheck.ChangesChecklist(plan))
        {
            var written = await store.LoadDatasetAsync(cancellationToken).ConfigureAwait(false);
            report = ProjectItemCheck.After(report, new ImportPlan(source), written, checklistItems);
        }
        return new ImportOutcome(report, counts);
    }

    // Every file is one the store recorded as cleanly imported at its current data version, with the same content: importing
    // them again would change nothing and report nothing, so the outcome is given from their content hashes without
    // parsing a row. Projects are always validated: their warning depends on the current checklist, not only on the data.
    // A file that cannot be read as recorded (changed, refused by the rules) takes the whole import the full way.
    private static async Task<ImportOutcome?> UnchangedAsync(IGraphStore store, ImportSource source, IProgress<ImportProgress>? progress,
        CancellationToken cancellationToken)
    {
        if (source.Files.Count == 0 || source.Files.Any(f => f.Spec.Kind == RecordKind.Projects)) return null;
        var known = await store.CleanImportsAsync(cancellationToken).ConfigureAwait(false);
        if (!source.Files.All(f => known.ContainsKey(f.Spec.Kind))) return null;
        foreach (var file in source.Files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var rows = known[file.Spec.Kind].Rows;
            void Report(long done) =>
                progress?.Report(new("checking", file.Name, done, file.Length, file.Length == 0 ? rows : rows * done / file.Length));
            try
            {
                if (file.ContentHash(Report) != known[file.Spec.Kind].ContentHash) return null;
            }
            catch (Exception e) when (e is ImportRefusedException or IOException)
            {
                return null;
            }
        }
        var report = new ImportReport([], source.Files.ToDictionary(f => f.Path, f => checked((int)known[f.Spec.Kind].Rows)));
        return new ImportOutcome(report,
            [.. source.Files.OrderBy(f => f.Spec.Kind).Select(f => new WriteCounts(f.Spec.Kind, 0, 0, known[f.Spec.Kind].Rows))]);
    }

    private static async Task<ImportReport> ValidateAsync(IGraphStore store, ImportPlan plan, CancellationToken cancellationToken,
        Func<Dataset, IReadOnlySet<string>>? checklistItems, ValidatedRows? kept = null) =>
        new ImportValidator(await store.LoadDatasetAsync(cancellationToken).ConfigureAwait(false), checklistItems) { KeptRows = kept }
            .Validate(plan, cancellationToken);
}
