using System.Globalization;

namespace ChainGraph.Domain.Text;

/// <summary>Numbers with their units, as outputs print them: money in 亿元 / 万元, shares in %.</summary>
public static class Units
{
    /// <summary>An amount given in 万元: "3.2亿元" from 10,000万 up, else "450万元".</summary>
    public static string Money(double wan) =>
        Math.Abs(wan) >= 10_000 ? Number(wan / 10_000, "0.##") + "亿元" : Number(wan, "0.#") + "万元";

    /// <summary>An amount given in 万元, in English: "CNY 320 million".</summary>
    public static string MoneyEnglish(double wan) =>
        Math.Abs(wan) >= 100_000 ? $"CNY {Number(wan / 100_000, "0.##")} billion" : $"CNY {Number(wan / 100, "0.##")} million";

    /// <summary>An amount given in 亿元 (annual output): "6490亿元" / "CNY 649 billion".</summary>
    public static string Yi(double yi) => Number(yi, "0.#") + "亿元";

    public static string YiEnglish(double yi) => $"CNY {Number(yi / 10, "0.##")} billion";

    /// <summary>A share (0–1) as a whole percentage: "45%".</summary>
    public static string Percent(double fraction) => Number(fraction * 100, "0") + "%";

    private static string Number(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
