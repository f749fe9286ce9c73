using ChainGraph.Storage.Import;

namespace ChainGraph.Cli.Import;

/// <summary>Per-file counts at the end of an import: rows read, inserted, updated, unchanged, rejected.</summary>
public sealed record ImportSummary(IReadOnlyList<ImportFileSummary> Rows)
{
    public static ImportSummary Create(ImportOutcome outcome, ImportSource source) => new(ImportFileSummary.Of(outcome, source));

    public void Print(TextWriter output, string store, bool write)
    {
        output.WriteLine(write ? $"import into {store}" : $"validation against {store} (nothing written)");
        output.WriteLine($"  {"file",-26}{"read",10}{"inserted",10}{"updated",10}{"unchanged",10}{"rejected",10}");
        foreach (var r in Rows) output.WriteLine($"  {r.File,-26}{r.Read,10}{r.Inserted,10}{r.Updated,10}{r.Unchanged,10}{r.Rejected,10}");
        output.WriteLine($"  {"total",-26}{Rows.Sum(r => r.Read),10}{Rows.Sum(r => r.Inserted),10}{Rows.Sum(r => r.Updated),10}{Rows.Sum(r => r.Unchanged),10}{Rows.Sum(r => r.Rejected),10}");
    }
}
