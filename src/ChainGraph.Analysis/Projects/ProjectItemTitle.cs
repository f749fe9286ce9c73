using ChainGraph.Analysis.Chains;
using ChainGraph.Domain.Text;

namespace ChainGraph.Analysis.Projects;

/// <summary>
/// Names the checklist item a project answers from its id alone, without building the checklist:
/// <c>link:nev:nev-cell</c> → "新能源汽车 / 电芯", <c>chokepoint:nev:CODE</c> → "新能源汽车 · 企业名". Unknown parts stay as ids.
/// </summary>
public static class ProjectItemTitle
{
    public static string Of(string itemId, ChainIndex index, Language language = Language.Zh)
    {
        var parts = itemId.Split(':');
        if (parts.Length != 3) return itemId;
        var chain = index.HasChain(parts[1]) ? index.Chain(parts[1]).Name : parts[1];
        if (parts[0] == "link") return $"{chain} / {SegmentName(parts[2], index)}";
        var firms = parts[2].Split('+').Select(code => index.TryGetEnterprise(code, out var e) ? index.Name(e) : code);
        return $"{chain} · {string.Join(language == Language.Zh ? "、" : " + ", firms)}";
    }

    // A handful of projects per listing: a scan of the segments is cheaper than an index built for it.
    private static string SegmentName(string id, ChainIndex index) => index.Dataset.Segments.FirstOrDefault(s => s.Id == id)?.Name ?? id;
}
