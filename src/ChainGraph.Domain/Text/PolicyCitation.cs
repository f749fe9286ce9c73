using System.Globalization;

namespace ChainGraph.Domain.Text;

/// <summary>
/// How outputs cite the policy documents (docs/policy-sources.md): by title and number and by 第N条, the 2009 transfer
/// plan marked expired and the manufacturing measures marked as a consultation draft (征求意见稿), never by our file
/// numbers. Both languages; the English titles are our translations.
/// </summary>
public static class PolicyCitation
{
    /// <summary>《深圳市促进产业有序转移行动方案（试行）》（深府办〔2009〕98号，已到期） — the enterprise evaluation and its guidance classes.</summary>
    public static Localized TransferPlan { get; } = new(
        "《深圳市促进产业有序转移行动方案（试行）》（深府办〔2009〕98号，已到期）",
        "the Shenzhen Action Plan for Promoting Orderly Industrial Transfer (Trial) (Shen Fu Ban [2009] No. 98, expired)");

    /// <summary>The manufacturing measures (a consultation draft) in full, with the measure number.</summary>
    public static Localized Manufacturing(int article) => new(
        string.Create(CultureInfo.InvariantCulture, $"《关于推动制造业高质量发展坚定不移打造制造强市的若干措施（征求意见稿）》第{article}条"),
        string.Create(CultureInfo.InvariantCulture,
        $"Measures on Promoting High-Quality Development of Manufacturing (consultation draft), measure {article}"));

    /// <summary>The manufacturing measures, short form for table cells: 《制造强市若干措施（征求意见稿）》第N条.</summary>
    public static Localized ManufacturingShort(int article) => new(
        string.Create(CultureInfo.InvariantCulture, $"《制造强市若干措施（征求意见稿）》第{article}条"),
        string.Create(CultureInfo.InvariantCulture, $"Manufacturing Measures (draft), measure {article}"));

    /// <summary>The manufacturing measures without a measure number.</summary>
    public static Localized ManufacturingTitle { get; } = new(
        "《关于推动制造业高质量发展坚定不移打造制造强市的若干措施（征求意见稿）》",
        "Measures on Promoting High-Quality Development of Manufacturing (consultation draft)");
}
