using System.CommandLine;
using ChainGraph.Analysis.Chains;
using ChainGraph.Domain;
using ChainGraph.Analysis.Projects;
using ChainGraph.Cli.Projects;
using ChainGraph.Storage;

namespace ChainGraph.Cli.Commands;

/// <summary>`chaingraph projects`: the 攻关项目清单 (imported from projects.csv), by chain and status, firms by name.</summary>
public static class ProjectsCommand
{
    public static Command Create()
    {
        var store = StoreOption.Create();
        var chain = new Option<string?>("--chain") { Description = "Only this chain (id); default all chains", HelpName = "ID" };
        var status = new Option<string?>("--status") { Description = $"Only this status: {Vocabulary.Words<ProjectStatus>()}",
            HelpName = "S" };
        var format = new Option<string>("--format") { Description = "table, csv or json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "csv", "json");
        var lang = LanguageOption.Create();
        var command = new Command("projects",
            "List the project list (攻关项目清单): lead firm, goal, budget, instrument and amount, status and quarter of each project, " +
            "with the checklist item it answers")
        {
            store, chain, status, format, lang,
        };
        command.SetAction(async (parse, token) =>
        {
            var wanted = ReadStatus(parse.GetValue(status));
            using var graphStore = await StoreFactory.OpenAsync(parse.GetValue(store), cancellationToken: token);
            var dataset = await graphStore.LoadDatasetAsync(token);
            var index = new ChainIndex(dataset);
            var chainId = parse.GetValue(chain);
            if (chainId is not null && !index.HasChain(chainId))
                throw new UsageException($"unknown chain '{chainId}'; chains: {string.Join(", ", index.Chains.Select(c => c.Id))}");
            var projects = new ProjectBook(dataset.Projects).List(chainId, wanted);
            ProjectsFormatter.Write(parse.InvocationConfiguration.Output, projects, index, parse.GetValue(format)!,
                LanguageOption.Read(parse, lang));
            return ExitCodes.Success;
        });
        return command;
    }

    private static ProjectStatus? ReadStatus(string? text) =>
        text is null ? null
        : Vocabulary.TryParse<ProjectStatus>(text, out var status) ? status
        : throw new UsageException($"unknown status '{text}'; statuses: {Vocabulary.Words<ProjectStatus>()}");
}
