using System.IO.Hashing;
using ChainGraph.Domain;

namespace ChainGraph.Storage.Import;

/// <summary>
/// Typed records of an import, read from its files on demand. Reading twice is deliberate: the importer
/// validates in one pass and the store writes in a second, so ten million supply rows are never held in
/// memory as records. After a successful validation the second read yields exactly the records that were checked.
/// The memberships and supplies may instead come from validation (<see cref="ValidatedRows"/>).
/// </summary>
public sealed class ImportPlan(ImportSource source, IProgress<ImportProgress>? progress = null, string phase = "writing")
{
    private readonly Dictionary<RecordKind, ulong> _contentHashes = [];

    public ImportSource Source => source;

    /// <summary>Identifies the audited operation; recorded with the change (see <see cref="IGraphStore.VersionOfChangeAsync"/>).</summary>
    public string? ChangeKey { get; init; }

    public IEnumerable<Chain> Chains => Records(RecordKind.Chains, RecordParser.Chain);
    public IEnumerable<Segment> Segments => Records(RecordKind.Segments, RecordParser.Segment);
    public IEnumerable<SegmentLink> SegmentLinks => Records(RecordKind.SegmentLinks, RecordParser.SegmentLink);
    public IEnumerable<Enterprise> Enterprises => Records(RecordKind.Enterprises, RecordParser.Enterprise);
    public IEnumerable<EnterpriseSegment> Memberships => Records(RecordKind.Memberships, RecordParser.Membership);
    public IEnumerable<Supply> Supplies => Records(RecordKind.Supplies, RecordParser.Supply);
    public IEnumerable<DisruptionEvent> Events => Records(RecordKind.Events, RecordParser.Event);
    public IEnumerable<Project> Projects => Records(RecordKind.Projects, RecordParser.Project);

    /// <summary>The XxHash3 of each file this plan has read to its end, by kind.</summary>
    public IReadOnlyDictionary<RecordKind, ulong> ContentHashes => _contentHashes;

    /// <summary>
    /// The content hashes the files had when they were validated (<see cref="Importer"/> sets them). A store that knows
    /// it already holds one of these contents unchanged may skip reading that file (see the SQLite store's Write).
    /// </summary>
    public IReadOnlyDictionary<RecordKind, ulong> ValidatedContent { get; init; } = new Dictionary<RecordKind, ulong>();

    /// <summary>True when the validation of this import raised no issue, not even a warning (<see cref="Importer"/> sets it);
    /// the store may then record the files as cleanly imported (<see cref="IGraphStore.CleanImportsAsync"/>).</summary>
    public bool ValidatedClean { get; init; }

    /// <summary>
    /// The memberships and supplies as validation accepted them (<see cref="Importer"/> keeps them for a store that asks,
    /// see <see cref="IGraphStore.ValidatedRowsDirectory"/>), for the store to write instead of reading those files again;
    /// null when there are none. Owned by the importer; the store may dispose them once written.
    /// </summary>
    internal ValidatedRows? ValidatedRows { get; init; }

    /// <summary>Reports a step of the write that has no measure of its own (<see cref="ImportProgress.Step"/>).</summary>
    internal void Step(string phase, string subject) => progress?.Report(ImportProgress.Step(phase, subject));

    public bool Has(RecordKind kind) => source.Files.Any(f => f.Spec.Kind == kind);

    private IEnumerable<T> Records<T>(RecordKind kind, Func<RowReader, T> parse)
    {
        var issues = new List<ImportIssue>();
        foreach (var row in Read(kind, parse, issues))
        {
            if (!row.Valid || issues.Any(i => i.Severity == IssueSeverity.Error))
                throw new InvalidDataException(
                    $"the files changed after validation: {issues.FirstOrDefault(i => i.Severity == IssueSeverity.Error)}");
            issues.Clear();
            yield return row.Record;
        }
    }

    /// <summary>
    /// <paramref name="rows"/> (<paramref name="count"/> of them) of the kind's file, taken from elsewhere than the file,
    /// with progress reported as reading the file would: the share of rows stands for the share of bytes.
    /// </summary>
    internal IEnumerable<T> Reported<T>(RecordKind kind, IEnumerable<T> rows, long count)
    {
        var file = source.Files.First(f => f.Spec.Kind == kind);
        long done = 0;
        foreach (var row in rows)
        {
            yield return row;
            if (++done % 50_000 == 0)
                progress?.Report(new(phase, file.Name, (long)((double)done / count * file.Length), file.Length, done));
        }
        progress?.Report(new(phase, file.Name, file.Length, file.Length, done));
    }

    /// <summary>
    /// Reads every row of the kind's file; rows with errors are reported in <paramref name="issues"/> and yielded as not valid.
    /// </summary>
    internal IEnumerable<(T Record, int Line, bool Valid)> Read<T>(RecordKind kind, Func<RowReader, T> parse,
        ICollection<ImportIssue> issues)
    {
        var file = source.Files.FirstOrDefault(f => f.Spec.Kind == kind);
        if (file is null) yield break;
        var hash = new XxHash3();
        using var reader = file.Open(issues, hash);
        if (reader is null) yield break;
        var total = file.Length;
        long rows = 0;
        while (reader.TryRead(out var raw, issues))
        {
            var row = new RowReader(file.Path, file.Spec, raw, issues);
            var record = parse(row);
            if (++rows % 50_000 == 0) progress?.Report(new(phase, file.Name, reader.Position, total, rows));
            yield return (record, raw.Line, !row.HasErrors);
        }
        progress?.Report(new(phase, file.Name, total, total, rows));
        _contentHashes[kind] = hash.GetCurrentHashAsUInt64();
    }
}
