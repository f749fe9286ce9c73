using ChainGraph.Storage.Import;

namespace ChainGraph.Api.Schema;

/// <summary>The <c>ImportResult</c> GraphQL type: per-file counts and the first 100 issues, errors first.</summary>
public sealed record ImportResult(bool Accepted, IReadOnlyList<ImportFileSummary> Files, IReadOnlyList<ImportIssueView> Issues,
    long SnapshotVersion)
{
    public static ImportResult From(ImportOutcome outcome, ImportSource source, long version)
    {
        var files = ImportFileSummary.Of(outcome, source);
        var issues = outcome.Report.Errors.Concat(outcome.Report.Warnings).Take(100)
            .Select(i => new ImportIssueView(Path.GetFileName(i.File), i.Line, i.Column, i.Message,
            i.Severity.ToString().ToLowerInvariant())).ToList();
        return new ImportResult(outcome.Written, files, issues, version);
    }
}

public sealed record ImportIssueView(string File, int Line, string? Column, string Message, string Severity);
