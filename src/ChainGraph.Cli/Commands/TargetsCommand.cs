using System.CommandLine;
using ChainGraph.Application.Targets;
using ChainGraph.Cli.Checklist;
using ChainGraph.Storage;

namespace ChainGraph.Cli.Commands;

/// <summary>
/// `chaingraph targets --chain ID [--segment ID] [--top N] [--format table|json] [--lang en] [--no-cache]`: for each
/// checklist item of one chain, the ranked substitutes (替代候选), attraction targets (招商目标) and local firms that could
/// expand, with their reasons, and the instrument's amount (<see cref="TargetsUseCase"/>). Chinese table by default; the
/// output is kept in the result cache beside the store until the data changes, and any --segment, --top up to
/// <see cref="TargetsModel.MaxCandidates"/>, --format and --lang is answered from the chain's persisted
/// <see cref="TargetsModel"/> there (prepared by `import`) without loading the data.
/// </summary>
public static class TargetsCommand
{
    public static Command Create()
    {
        var store = StoreOption.Create();
        var chain = new Option<string>("--chain") { Description = "The chain (id)", HelpName = "ID", Required = true };
        var segment = new Option<string?>("--segment") { Description = "Only this segment's items (id)", HelpName = "ID" };
        var top = new Option<int>("--top") { Description = "Candidates per list (default 10)", HelpName = "N",
            DefaultValueFactory = _ => 10 };
        var format = new Option<string>("--format") { Description = "table or json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var lang = LanguageOption.Create();
        var cache = new ResultCacheOption();
        var command = new Command("targets",
            "Substitutes, attraction targets and local expansion candidates for each checklist item of a chain, ranked with reasons")
        {
            store, chain, segment, top, format, lang,
        };
        cache.AddTo(command);
        command.SetAction(async (parse, token) =>
        {
            var request = new TargetsRequest(parse.GetValue(chain)!, parse.GetValue(segment), parse.GetValue(top)).Validated();
            var (shape, language) = (parse.GetValue(format)!, LanguageOption.Read(parse, lang));
            return await cache.PrintAsync(parse, store, async (graphStore, output) =>
            {
                var models = cache.IsOff(parse) ? null : TargetsModels.For(graphStore.Location);
                TargetsFormatter.Write(output, await TargetsUseCase.RunAsync(graphStore, request, models, token), shape, language);
            }, token);
        });
        return command;
    }
}
