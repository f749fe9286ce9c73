using ChainGraph.Domain.Text;
using ChainGraph.Domain;

namespace ChainGraph.Analysis.Checklist;

/// <summary>
/// The support an instrument gives a named undertaking firm: min(rate × base, cap) in 万元, rounded to 0.1万元, with the
/// arithmetic in words. Every base comes from the item's project
/// (<see cref="ProjectInvestment"/>). Without a base the amount is null and the basis names the cap and the figure the
/// bureau must supply.
/// </summary>
public static class SupportAmount
{
    /// <summary>The instrument with <see cref="PolicyInstrument.Amount"/> and <see cref="PolicyInstrument.Basis"/> filled in.</summary>
    public static PolicyInstrument For(PolicyInstrument rule, string? firm, double? baseWan)
    {
        var who = firm is null ? ("", "") : ($"{firm}：", $"{firm}: ");
        var (zhBase, enBase) = (SupportBases.Chinese(rule.Base), SupportBases.English(rule.Base));
        var cap = (Units.Money(rule.Cap), Units.MoneyEnglish(rule.Cap));
        if (baseWan is not { } value || value <= 0)
            return rule with
            {
                Undertaking = firm, BaseAmount = null, Amount = null,
                Basis = $"{who.Item1}上限{cap.Item1}；需{zhBase}（万元）",
                BasisEnglish = $"{who.Item2}at most {cap.Item2}; needs the {enBase} (万元)",
            };
        var raw = Math.Round(rule.Rate * value, 1);
        var amount = Math.Min(raw, rule.Cap);
        var rate = Units.Percent(rule.Rate);
        var over = raw > rule.Cap;
        return rule with
        {
            Undertaking = firm, BaseAmount = value, Amount = amount,
            Basis = $"{who.Item1}{zhBase} {Units.Money(value)} × {rate} = {Units.Money(raw)}{(over ? $"，超过上限，按{cap.Item1}" : "")}",
            BasisEnglish = $"{who.Item2}{enBase} {Units.MoneyEnglish(value)} × {rate} = {Units.MoneyEnglish(raw)}{(over ? $", above the cap: {cap.Item2}" : "")}",
        };
    }
}
