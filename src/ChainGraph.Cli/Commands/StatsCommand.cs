using System.CommandLine;
using System.Text.Json;
using ChainGraph.Storage;

namespace ChainGraph.Cli.Commands;

/// <summary>`chaingraph stats [--json]`: record counts in the store.</summary>
public static class StatsCommand
{
    public static Command Create()
    {
        var store = StoreOption.Create();
        var json = new Option<bool>("--json") { Description = "Print one JSON object" };
        var command = new Command("stats", "Print the number of enterprises, chains, segments, supplies and events in the store") { store,
            json };
        command.SetAction(async (parse, token) =>
        {
            using var graphStore = await StoreFactory.OpenAsync(parse.GetValue(store), cancellationToken: token);
            var stats = await graphStore.GetStatsAsync(token);
            parse.InvocationConfiguration.Output.WriteLine(parse.GetValue(json)
                ? JsonSerializer.Serialize(stats, JsonOptions.Web)
                : $"enterprises {stats.Enterprises}\nchains {stats.Chains}\nsegments {stats.Segments}\nsupplies {stats.Supplies}\nevents {stats.Events}\nstore {graphStore.Location} (version {await graphStore.GetVersionAsync(token)})");
            return ExitCodes.Success;
        });
        return command;
    }
}
