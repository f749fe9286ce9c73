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
        command.SetAction(parse =>
        {
            using var graphStore = StoreFactory.Open(parse.GetValue(store));
            var stats = graphStore.GetStats();
            parse.InvocationConfiguration.Output.WriteLine(parse.GetValue(json)
                ? JsonSerializer.Serialize(stats, JsonOptions.Web)
                : $"enterprises {stats.Enterprises}\nchains {stats.Chains}\nsegments {stats.Segments}\nsupplies {stats.Supplies}\nevents {stats.Events}\nstore {graphStore.Location} (version {graphStore.Version})");
            return ExitCodes.Success;
        });
        return command;
    }
}
