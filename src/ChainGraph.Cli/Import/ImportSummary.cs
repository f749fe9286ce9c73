using ChainGraph.Storage;
using ChainGraph.Storage.Import;

namespace ChainGraph.Cli.Import;

/// <summary>Per-file counts at the end of an import: rows read, inserted, updated, unchanged, rejected.</summary>
public sealed record ImportSummary(IReadOnlyList<ImportSummary.FileRow> Rows)
{
    public sealed record FileRow(string File, long Read, long Inserted, long Updated, long Unchanged, long Rejected);

    public static ImportSummary Create(ImportOutcome outcome, ImportSource source)
    {
        var rows = source.Files.Select(file =>
        {
            var counts = outcome.Counts?.FirstOrDefault(c => c.Kind == file.Spec.Kind);
            var rejected = outcome.Report.Errors.Where(e => e.File == file.Path && e.Line > 0).Select(e => e.Line).Distinct().Count();
            return new FileRow(file.Name, outcome.Report.RowsRead.GetValueOrDefault(file.Path), counts?.Inserted ?? 0, counts?.Updated ?? 0, counts?.Unchanged ?? 0, rejected);
        }).ToList();
        return new ImportSummary(rows);
    }

    public void Print(TextWriter output, string store, bool write)
    {
        output.WriteLine(write ? $"import into {store}" : $"validation against {store} (nothing written)");
        output.WriteLine($"  {"file",-26}{"read",10}{"inserted",10}{"updated",10}{"unchanged",10}{"rejected",10}");
        foreach (var r in Rows) output.WriteLine($"  {r.File,-26}{r.Read,10}{r.Inserted,10}{r.Updated,10}{r.Unchanged,10}{r.Rejected,10}");
        output.WriteLine($"  {"total",-26}{Rows.Sum(r => r.Read),10}{Rows.Sum(r => r.Inserted),10}{Rows.Sum(r => r.Updated),10}{Rows.Sum(r => r.Unchanged),10}{Rows.Sum(r => r.Rejected),10}");
    }
}
