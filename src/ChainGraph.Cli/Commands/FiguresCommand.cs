using System.CommandLine;
using ChainGraph.Analysis.Chains;
using ChainGraph.Analysis.Evaluation;
using ChainGraph.Analysis.Figures;
using ChainGraph.Cli.Checklist;
using ChainGraph.Cli.Figures;
using ChainGraph.Storage;

namespace ChainGraph.Cli.Commands;

/// <summary>
/// `chaingraph figures`: the quarterly chain and district figures — local supply share (本地配套率), firms by guidance
/// class, checklist items and (with `--compare`) their changes since a previous checklist, projects by status.
/// </summary>
public static class FiguresCommand
{
    public static Command Create()
    {
        var store = StoreOption.Create();
        var format = new Option<string>("--format") { Description = "table or json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var compare = new Option<FileInfo?>(
            "--compare") { Description =
            "A previous checklist (JSON from checklist --format json): count new, resolved, improved and worsened items",
            HelpName = "OLD.json" };
        var lang = LanguageOption.Create();
        var cache = new ResultCacheOption();
        var command = new Command("figures", "Quarterly figures per chain and per district: local supply share (本地配套率), firms by guidance class, checklist changes, projects by status")
        {
            store, format, compare, lang,
        };
        cache.AddTo(command);
        command.SetAction(async (parse, token) =>
        {
            var previous = parse.GetValue(compare) is { } old ? PreviousChecklistFile.Read(old.FullName) : null;
            return await cache.PrintAsync(parse, store, async (graphStore, output) =>
            {
                var dataset = await graphStore.LoadDatasetAsync(token);
                var analyzer = new ChainAnalyzer(dataset);
                var items = analyzer.Checklist(cancellationToken: token);
                var evaluation = EnterpriseEvaluator.Evaluate(dataset);
                var chains = FiguresBuilder.Chains(analyzer, items, evaluation, previous);
                var districts = FiguresBuilder.Districts(analyzer, items, evaluation, previous);
                FiguresFormatter.Write(output, analyzer.Status.AsOf, chains, districts, parse.GetValue(format)!,
                    LanguageOption.Read(parse, lang));
            }, token);
        });
        return command;
    }
}
