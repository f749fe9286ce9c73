using ChainGraph.Analysis.Checklist;
using ChainGraph.Domain.Text;
using ChainGraph.Domain;

namespace ChainGraph.Reporting;

/// <summary>
/// What a recommended action's row names, kept short for one A4 page: the top candidate (substitute of a chokepoint,
/// foreign chokepoint or sole source; attraction target of a missing or weak link, else a local expander), and the instrument's computed
/// amount (or the cap and the base the bureau must supply).
/// </summary>
internal static class ActionCells
{
    public static string Candidates(ChecklistItem item, Language l)
    {
        var (kind, list) = item.Substitutes.Count > 0 ? (new Localized("替代", "substitute"), item.Substitutes)
            : item.AttractionTargets.Count > 0 ? (new Localized("招商", "attract"), item.AttractionTargets)
            : (new Localized("扩产", "expand"), item.LocalExpansion);
        if (list.Count == 0) return l == Language.Zh ? "暂无候选" : "none found";
        return $"{kind.In(l)}{(l == Language.Zh ? "：" : ": ")}{list[0].Name}";
    }

    public static string Amount(PolicyInstrument instrument, Language l)
    {
        if (instrument.Amount is { } a)
        {
            var capped = a >= instrument.Cap ? (l == Language.Zh ? "（按上限）" : " (the cap)") : "";
            return (l == Language.Zh ? Units.Money(a) : Units.MoneyEnglish(a)) + capped;
        }
        // Without a base the basis reads "FIRM：上限…；需…": the firm is named in the candidates cell already.
        var basis = instrument.BasisIn(l) ?? instrument.SupportIn(l);
        var separator = l == Language.Zh ? "：" : ": ";
        var cut = basis.IndexOf(separator, StringComparison.Ordinal);
        return (cut < 0 ? basis : basis[(cut + separator.Length)..]).Replace("（万元）", "", StringComparison.Ordinal);
    }
}
