using System.Globalization;
using ChainGraph.Reporting;
using ChainGraph.Analysis.Checklist;
using ChainGraph.Domain;
using ChainGraph.Domain.Text;

namespace ChainGraph.Cli.Checklist;

/// <summary>The lines a checklist table prints under an item: the support's arithmetic and the first candidates of each list.</summary>
public static class CandidateLines
{
    public static void Write(TextWriter output, ChecklistItem item, Language language, int count = 3)
    {
        var zh = language == Language.Zh;
        if (item.Instrument.BasisIn(language) is { } basis) output.WriteLine($"      {(zh ? "支持测算：" : "support: ")}{basis}");
        List(output, zh ? "替代候选" : "substitutes", item.Substitutes, language, count);
        List(output, zh ? "招商目标" : "attraction targets", item.AttractionTargets, language, count);
        List(output, zh ? "本地扩产" : "local expansion", item.LocalExpansion, language, count);
        if (item.Type is ChecklistItemType.Chokepoint or ChecklistItemType.ForeignChokepoint or ChecklistItemType.SoleSource
            && item.Substitutes.Count == 0)
            output.WriteLine(zh ? "      替代候选：无（没有其他在营企业供应该环节）" : "      substitutes: none (no other live firm serves this segment)");
    }

    /// <summary>"甲公司（本地，0.62）" / "Firm A (local, 0.62)".</summary>
    public static string Short(Candidate c, Language language)
    {
        var score = c.Score.ToString("0.00", CultureInfo.InvariantCulture);
        return language == Language.Zh
            ? $"{c.Name}（{Place(c.Location, language)}，{score}）"
            : $"{c.Name} ({Place(c.Location, language)}, {score})";
    }

    public static string Place(Location location, Language language) =>
        language == Language.Zh ? BriefingVocabulary.Chinese(location) : Vocabulary.Word(location);

    private static void List(TextWriter output, string label, IReadOnlyList<Candidate> candidates, Language language, int count)
    {
        if (candidates.Count == 0) return;
        var zh = language == Language.Zh;
        output.WriteLine(
            $"      {label}{(zh ? "：" : ": ")}{string.Join(zh ? "、" : "; ", candidates.Take(count).Select(c => Short(c, language)))}");
    }
}
