using System.CommandLine;
using System.Text.Json;
using ChainGraph.Cli.Commands;
using ChainGraph.Storage;
using ChainGraph.Storage.Import;

namespace ChainGraph.Cli.Import;

/// <summary>Runs `import` or `validate`: progress on stderr, issues, a summary, the exit code.</summary>
public static class ImportRunner
{
    public static async Task<int> RunAsync(ParseResult parse, ImportOptions options, bool write, CancellationToken cancellationToken)
    {
        var output = parse.InvocationConfiguration.Output;
        var error = parse.InvocationConfiguration.Error;
        var directory = parse.GetValue(options.Directory)!;
        if (!directory.Exists) throw new UsageException($"no such folder: {directory.FullName}");
        var source = ImportSource.FromDirectory(directory.FullName);
        using var store = await StoreFactory.OpenAsync(parse.GetValue(options.Store), cancellationToken: cancellationToken);
        var outcome = await ProgressDisplay.RunAsync(error, async progress => write
            ? await Importer.ImportAsync(store, source, progress, cancellationToken, checklistItems: CurrentChecklist.ItemIds)
            : new ImportOutcome(await Importer.ValidateAsync(store, source, progress, cancellationToken, CurrentChecklist.ItemIds), null));
        PrintIssues(error, outcome.Report, parse.GetValue(options.MaxIssues));
        var summary = ImportSummary.Create(outcome, source);
        summary.Print(output, store.Location, write);
        if (parse.GetValue(options.Report) is { } report)
            File.WriteAllText(report.FullName, JsonSerializer.Serialize(new { summary.Rows,
                issues = outcome.Report.Issues.Select(i => new { i.File, i.Line, i.Column, i.Message,
                severity = i.Severity.ToString().ToLowerInvariant() }) }, JsonOptions.Indented));
        return outcome.Report.Accepted ? ExitCodes.Success : ExitCodes.Rejected;
    }

    private static void PrintIssues(TextWriter error, ImportReport report, int max)
    {
        var ordered = report.Errors.Concat(report.Warnings).ToList();
        foreach (var issue in ordered.Take(max)) error.WriteLine(issue);
        if (ordered.Count > max) error.WriteLine($"... and {ordered.Count - max} more issues (use --max-issues or --report FILE)");
        if (!report.Accepted)
            error.WriteLine($"rejected: {report.Errors.Count()} errors in {report.RejectedRows} rows; nothing was written");
    }
}
