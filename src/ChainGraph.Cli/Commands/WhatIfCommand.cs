using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using ChainGraph.Analysis.Chains;
using ChainGraph.Storage;

namespace ChainGraph.Cli.Commands;

/// <summary>`chaingraph whatif`: remove enterprises (or a country / region / district) and see what each chain owner loses.</summary>
public static class WhatIfCommand
{
    public static Command Create()
    {
        var store = StoreOption.Create();
        var remove = new Option<string[]>("--remove") { Description = "Credit codes of enterprises to remove (repeatable)", AllowMultipleArgumentsPerToken = true, HelpName = "ID" };
        var country = new Option<string?>("--country") { Description = "Remove every enterprise in this country (ISO alpha-2, e.g. JP)" };
        var region = new Option<string?>("--region") { Description = "Remove every enterprise in this province-level region (e.g. 江苏)" };
        var district = new Option<string?>("--district") { Description = "Remove every enterprise in this city district (e.g. 宝安)" };
        var chain = new Option<string?>("--chain") { Description = "Report only this chain's owners", HelpName = "ID" };
        var json = new Option<bool>("--json") { Description = "Print JSON" };
        var command = new Command("whatif", "Simulate losing enterprises, a country, a region or a district: each owner's remaining capacity and lost input per segment, directly and through cascades")
        {
            store, remove, country, region, district, chain, json,
        };
        command.SetAction((parse, token) =>
        {
            var disruption = new Disruption(parse.GetValue(remove) ?? [], parse.GetValue(region), parse.GetValue(country), parse.GetValue(district));
            if (disruption.EnterpriseIds.Count == 0 && disruption.Country is null && disruption.Region is null && disruption.District is null)
                throw new UsageException("say what to remove: --remove ID, --country, --region or --district");
            using var graphStore = StoreFactory.Open(parse.GetValue(store));
            var analyzer = new ChainAnalyzer(graphStore.LoadDataset(token));
            var chainId = parse.GetValue(chain);
            if (chainId is not null && !analyzer.Index.HasChain(chainId)) throw new UsageException($"unknown chain '{chainId}'");
            var removed = analyzer.Simulator.Resolve(disruption);
            var impact = analyzer.Simulator.Simulate(removed, chainId is null ? null : [chainId], token);
            Print(parse.InvocationConfiguration.Output, analyzer.Index, disruption, impact, parse.GetValue(json));
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    private static void Print(TextWriter output, ChainIndex index, Disruption disruption, DisruptionImpact impact, bool json)
    {
        if (json)
        {
            output.WriteLine(JsonSerializer.Serialize(new
            {
                removed = impact.Removed.Select(e => index.Enterprise(e).Id),
                owners = impact.Owners.Select(o => new
                {
                    chain = o.ChainId, owner = index.Enterprise(o.Owner).Id, name = index.Enterprise(o.Owner).Name, o.Availability,
                    losses = o.Losses.Select(l => new { segment = index.Segment(l.Segment).Id, l.Direct, l.Cascade, l.Key }),
                }),
            }, JsonOptions.Indented));
            return;
        }
        output.WriteLine($"removing {disruption} → {impact.Removed.Count} enterprises");
        foreach (var owner in impact.Owners.OrderBy(o => o.Availability))
        {
            output.WriteLine($"{index.Chain(owner.ChainId).Name} · {index.Enterprise(owner.Owner).Name}: keeps {Percent(owner.Availability)} of its capacity");
            foreach (var loss in owner.Losses.OrderByDescending(l => l.Cascade))
                output.WriteLine($"    {index.Segment(loss.Segment).Name}{(loss.Key ? " (key)" : "")}: loses {Percent(loss.Cascade)} of its input ({Percent(loss.Direct)} directly)");
        }
    }

    private static string Percent(double value) => value.ToString("0.#%", CultureInfo.InvariantCulture);
}
