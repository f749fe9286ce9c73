using System.CommandLine;
using System.Text.Json;
using ChainGraph.Analysis.Chains;
using ChainGraph.Domain;
using ChainGraph.Domain.Text;
using ChainGraph.Application.WhatIf;
using ChainGraph.Storage;

namespace ChainGraph.Cli.Commands;

/// <summary>
/// `chaingraph whatif`: remove enterprises (or a country / region / district) and see what each local chain owner loses.
/// An unknown district, region or country is a usage error that lists the valid names. With `--add ID --district D`
/// it simulates an addition instead (<see cref="WhatIfAddition"/>).
/// </summary>
public static class WhatIfCommand
{
    public static Command Create()
    {
        var store = StoreOption.Create();
        var remove = new Option<string[]>("--remove") { Description = "Credit codes of enterprises to remove (repeatable)",
            AllowMultipleArgumentsPerToken = true, HelpName = "ID" };
        var country = new Option<string?>("--country") { Description = "Remove every enterprise in this country (ISO alpha-2, e.g. JP)" };
        var region = new Option<string?>("--region") { Description = "Remove every enterprise in this province-level region (e.g. 江苏)" };
        var district = new Option<string?>(
            "--district") { Description =
            "Remove every enterprise in this city district (e.g. 宝安); with --add, the district the firm moves into" };
        var add = new Option<string?>(
            "--add") { Description =
            "Simulate attracting this enterprise (credit code) into --district: which checklist items resolve or improve",
            HelpName = "ID" };
        var segment = new Option<string?>(
            "--segment") { Description = "With --add: the segment the firm would serve (a local firm expanding into it)", HelpName = "ID" };
        var chain = new Option<string?>("--chain") { Description = "Report only this chain's owners", HelpName = "ID" };
        var json = new Option<bool>("--json") { Description = "Print JSON" };
        var lang = LanguageOption.Create();
        var cache = new ResultCacheOption();
        var command = new Command("whatif", "Simulate losing enterprises, a country, a region or a district: each local owner's remaining capacity and lost input per segment, directly and through cascades")
        {
            store, remove, country, region, district, chain, json, lang, add, segment,
        };
        cache.AddTo(command);
        command.SetAction(async (parse, token) =>
        {
            if (parse.GetValue(add) is { } firm)
                return await WhatIfAddition.RunAsync(parse, firm, new(store, district, segment, chain, json, lang), cache, token);
            var request = new RemovalRequest(parse.GetValue(remove) ?? [], parse.GetValue(region), parse.GetValue(country),
                parse.GetValue(district), parse.GetValue(chain));
            if (request.EnterpriseIds.Count == 0 && request.Country is null && request.Region is null && request.District is null)
                throw new UsageException("say what to remove: --remove ID, --country, --region or --district");
            return await cache.PrintAsync(parse, store, async (graphStore, output) =>
            {
                var analyzer = new ChainAnalyzer(await graphStore.LoadDatasetAsync(token));
                var local = WhatIfUseCase.Remove(analyzer, request, token);
                if (parse.GetValue(json)) PrintJson(output, analyzer.Index, local);
                else PrintTable(output, analyzer.Index, request, local, LanguageOption.Read(parse, lang));
            }, token);
        });
        return command;
    }

    private static void PrintJson(TextWriter output, ChainIndex index, DisruptionImpact impact) =>
        output.WriteLine(JsonSerializer.Serialize(new
        {
            removed = impact.Removed.Select(e => index.Id(e)),
            owners = impact.Owners.Select(o => new
            {
                chain = o.ChainId, owner = index.Id(o.Owner), name = index.Name(o.Owner), o.Availability,
                losses = o.Losses.Select(l => new { segment = index.Segment(l.Segment).Id, segmentName = index.Segment(l.Segment).Name,
                l.Direct, l.Cascade, l.Key }),
            }),
        }, JsonOptions.Indented));

    private static void PrintTable(TextWriter output, ChainIndex index, RemovalRequest disruption, DisruptionImpact impact,
        Language language)
    {
        var zh = language == Language.Zh;
        output.WriteLine(zh
            ? $"模拟移除：{Describe(disruption, language)}，共 {impact.Removed.Count} 家企业"
            : $"removing {Describe(disruption, language)}: {impact.Removed.Count} enterprises");
        foreach (var owner in impact.Owners.OrderBy(o => o.Availability))
        {
            var name = $"{index.Chain(owner.ChainId).Name} · {index.Name(owner.Owner)}";
            output.WriteLine(zh
                ? $"{name}：剩余产能 {Units.Percent(owner.Availability)}"
                : $"{name}: keeps {Units.Percent(owner.Availability)} of its capacity");
            foreach (var loss in owner.Losses.OrderByDescending(l => l.Cascade))
            {
                var segment = index.Segment(loss.Segment).Name + (loss.Key ? (zh ? "（关键环节）" : " (key)") : "");
                output.WriteLine(zh ? $"    {segment}：损失 {Units.Percent(loss.Cascade)} 的投入（其中直接损失 {Units.Percent(loss.Direct)}）"
                    : $"    {segment}: loses {Units.Percent(loss.Cascade)} of its input ({Units.Percent(loss.Direct)} directly)");
            }
        }
        if (impact.Owners.Count == 0) output.WriteLine(zh ? "（没有本地链主）" : "(no local chain owner)");
    }

    private static string Describe(RemovalRequest d, Language language)
    {
        var zh = language == Language.Zh;
        var parts = new List<string>();
        if (d.EnterpriseIds.Count > 0) parts.Add(zh ? $"指定企业 {d.EnterpriseIds.Count} 家" : $"{d.EnterpriseIds.Count} named enterprises");
        if (d.Country is { } c) parts.Add(zh ? $"国家 {c}" : $"country {c}");
        if (d.Region is { } r) parts.Add(zh ? $"地区 {r}" : $"region {r}");
        if (d.District is { } x) parts.Add(zh ? $"辖区 {x}" : $"district {x}");
        return string.Join(zh ? "、" : ", ", parts);
    }
}
