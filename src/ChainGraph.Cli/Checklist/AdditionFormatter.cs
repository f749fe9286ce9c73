using System.Text.Json;
using ChainGraph.Analysis.Checklist;
using ChainGraph.Domain;
using ChainGraph.Domain.Text;

namespace ChainGraph.Cli.Checklist;

/// <summary>
/// Writes a what-if addition (<see cref="AdditionImpact"/>): the items it resolves or improves, and the local supply shares before and
/// after.
/// </summary>
public static class AdditionFormatter
{
    public static void WriteJson(TextWriter output, AdditionImpact impact, Language language) =>
        output.WriteLine(JsonSerializer.Serialize(new
        {
            impact.EnterpriseId, impact.Name, from = Vocabulary.Word(impact.From), impact.District, impact.SegmentId, impact.Helped,
            items = impact.Items.Select(i => new
            {
                i.ItemId, i.Title, type = Vocabulary.Word(i.Type), outcome = Vocabulary.Word(i.Outcome), i.SeverityBefore, i.SeverityAfter,
                typeAfter = i.TypeAfter is { } t ? Vocabulary.Word(t) : null, text = i.Text.In(language),
            }),
            impact.Segments, impact.Chains,
        }, JsonOptions.Indented));

    public static void WriteTable(TextWriter output, AdditionImpact impact, Language language)
    {
        var zh = language == Language.Zh;
        var from = CandidateLines.Place(impact.From, language);
        output.WriteLine(zh
            ? $"模拟引进：{impact.Name}（现为{from}企业）落户{impact.District}{(impact.SegmentId is { } s ? $"，承接环节 {s}" : "")}"
            : $"what if {impact.Name} ({from}) moved into {impact.District}{(impact.SegmentId is { } t ? $", serving {t}" : "")}");
        if (impact.Items.Count == 0)
            output.WriteLine(zh ? "它供应的环节没有清单项：清单不变" : "it serves no segment with a checklist item: the checklist is unchanged");
        foreach (var item in impact.Items.OrderBy(i => i.Outcome).ThenByDescending(i => i.SeverityBefore))
            output.WriteLine($"  {Outcome(item.Outcome, language)} · {item.Title}：{item.Text.In(language)}"
                .Replace("：", zh ? "：" : ": ", StringComparison.Ordinal));
        foreach (var share in impact.Segments.Concat(impact.Chains))
        {
            output.WriteLine(zh
                ? $"  {share.Name}：本地配套率 {Units.Percent(share.LocalBefore)} → {Units.Percent(share.LocalAfter)}，境外占比 {Units.Percent(share.OverseasBefore)} → {Units.Percent(share.OverseasAfter)}（本地需求{Units.Money(share.Demand)}）"
                : $"  {share.Name}: local supply share {Units.Percent(share.LocalBefore)} → {Units.Percent(share.LocalAfter)}, overseas {Units.Percent(share.OverseasBefore)} → {Units.Percent(share.OverseasAfter)} (local demand {Units.MoneyEnglish(share.Demand)})");
        }
    }

    private static string Outcome(AdditionOutcome outcome, Language language) => (outcome, language) switch
    {
        (AdditionOutcome.Resolved, Language.Zh) => "解决",
        (AdditionOutcome.Improved, Language.Zh) => "改善",
        (AdditionOutcome.LocalSubstitute, Language.Zh) => "新增本地替代",
        (_, Language.Zh) => "不变",
        _ => Vocabulary.Word(outcome),
    };
}
