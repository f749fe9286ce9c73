using System.CommandLine;
using ChainGraph.Analysis.Evaluation;
using ChainGraph.Cli.Risk;
using ChainGraph.Storage;
using static ChainGraph.Domain.Vocabulary;

namespace ChainGraph.Cli.Commands;

/// <summary>
/// `chaingraph evaluate`: the enterprise evaluation index and guidance classes of the 2009 transfer plan (an expired trial
/// plan — the output says so), with the bureau's weights.
/// </summary>
public static class EvaluateCommand
{
    public static Command Create()
    {
        var store = StoreOption.Create();
        var format = new Option<string>("--format") { Description = "table, csv or json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "csv", "json");
        var top = new Option<int?>("--top") { Description = "Show only the N highest-scoring enterprises", HelpName = "N" };
        var guidance = new Option<string?>("--class") { Description = $"Only this class: {Words<GuidanceClass>()}", HelpName = "CLASS" };
        var all = new Option<bool>("--all") { Description = "Evaluate every enterprise, not only those in the city" };
        var weights = new Option<string?>("--weights") { Description = $"The bureau's indicator weights, e.g. technology=0.3,energy=0.1 (indicators: {Words<EvaluationIndicator>()}; unnamed ones keep their defaults; normalised to sum to 1)", HelpName = "NAME=W,…" };
        var lang = LanguageOption.Create();
        var command = new Command("evaluate", "Evaluate the city's industrial enterprises (technology, value added, tax, energy, labour, scale, growth; within industry) and sort them into the guidance classes of the 2009 transfer plan (expired trial plan)")
        {
            store, format, top, guidance, all, weights, lang,
        };
        command.SetAction(async (parse, token) =>
        {
            GuidanceClass? only = null;
            if (parse.GetValue(guidance) is { } word)
                only = TryParse<GuidanceClass>(word, out var parsed)
                    ? parsed
                    : throw new UsageException($"unknown class '{word}'; classes: {Words<GuidanceClass>()}");
            if (parse.GetValue(top) is < 1) throw new UsageException("--top must be at least 1");
            var settings = EvaluationSettings.Default with { LocalOnly = !parse.GetValue(all),
                Weights = WeightsOption.Parse(parse.GetValue(weights)) };
            using var graphStore = await StoreFactory.OpenAsync(parse.GetValue(store), cancellationToken: token);
            var report = EnterpriseEvaluator.Evaluate(await graphStore.LoadDatasetAsync(token), settings);
            EvaluationFormatter.Write(parse.InvocationConfiguration.Output, report, parse.GetValue(format)!, parse.GetValue(top), only,
                LanguageOption.Read(parse, lang));
            return ExitCodes.Success;
        });
        return command;
    }
}
