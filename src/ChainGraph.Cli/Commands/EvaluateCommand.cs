using System.CommandLine;
using ChainGraph.Analysis.Evaluation;
using ChainGraph.Cli.Risk;
using ChainGraph.Storage;

namespace ChainGraph.Cli.Commands;

/// <summary>`chaingraph evaluate`: the enterprise evaluation index and guidance classes of seed 002.</summary>
public static class EvaluateCommand
{
    public static Command Create()
    {
        var store = StoreOption.Create();
        var format = new Option<string>("--format") { Description = "table, csv or json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "csv", "json");
        var top = new Option<int?>("--top") { Description = "Show only the N highest-scoring enterprises", HelpName = "N" };
        var guidance = new Option<string?>("--class") { Description = "Only this class: support_to_grow, keep_headquarters, assist_transfer or eliminate", HelpName = "CLASS" };
        var all = new Option<bool>("--all") { Description = "Evaluate every enterprise, not only those in the city" };
        var command = new Command("evaluate", "Evaluate the city's industrial enterprises (technology, value added, tax, energy, labour, scale, growth; within industry) and sort them into the four guidance classes of seed 002")
        {
            store, format, top, guidance, all,
        };
        command.SetAction((parse, token) =>
        {
            GuidanceClass? only = null;
            if (parse.GetValue(guidance) is { } word)
                only = Analysis.Domain.Vocabulary.TryParse<GuidanceClass>(word, out var parsed) ? parsed : throw new UsageException($"unknown class '{word}'; classes: {Analysis.Domain.Vocabulary.Words<GuidanceClass>()}");
            if (parse.GetValue(top) is < 1) throw new UsageException("--top must be at least 1");
            using var graphStore = StoreFactory.Open(parse.GetValue(store));
            var report = EnterpriseEvaluator.Evaluate(graphStore.LoadDataset(token), EvaluationSettings.Default with { LocalOnly = !parse.GetValue(all) });
            EvaluationFormatter.Write(parse.InvocationConfiguration.Output, report, parse.GetValue(format)!, parse.GetValue(top), only);
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }
}
