using ChainGraph.Domain.Text;

namespace ChainGraph.Domain;

/// <summary>
/// A support measure of 《关于推动制造业高质量发展坚定不移打造制造强市的若干措施（征求意见稿）》 a checklist item can point to
/// (docs/policy-sources.md). <see cref="Section"/> is the article (第7条); the document is a consultation draft, so
/// outputs cite it as such (<see cref="PolicyCitation"/>). <see cref="Support"/> is in Chinese. The rule as data:
/// <see cref="Rate"/> of <see cref="Base"/>, at most <see cref="Cap"/> 万元. On a checklist item the instrument also
/// carries the computed support for a named undertaking firm (<c>SupportAmount</c> in the checklist analysis): <see cref="Amount"/> (万元,
/// null without a base) and <see cref="Basis"/>, the arithmetic.
/// </summary>
public sealed record PolicyInstrument(string Id, string Name, string EnglishName, string Section, string Support, string SupportEnglish,
    double Rate, double Cap, SupportBase Base)
{
    public static readonly PolicyInstrument IndustrialFoundation = new("industrial-foundation", "工业强基", "industrial foundation", "第7条",
        "不超过项目投资的30%，最高1000万元", "up to 30% of the investment, at most 1000万元 (CNY 10 million)", 0.30, 1000, SupportBase.Investment);
    public static readonly PolicyInstrument TechnicalRenovation = new("technical-renovation", "技术改造", "technical renovation", "第8条",
        "不超过项目投资的20%，最高5000万元；贷款贴息不超过50%，最高500万元", "up to 20% of the investment, at most 5000万元; loan interest up to 50%, at most 500万元",
        0.20, 5000, SupportBase.Investment);
    public static readonly PolicyInstrument FirstOfKind = new("first-of-kind", "三首", "first unit / batch / version", "第11条",
        "不超过产品实际销售总额的30%，最高1000万元", "up to 30% of the product's actual sales, at most 1000万元", 0.30, 1000,
        SupportBase.ProductSales);
    public static readonly PolicyInstrument MajorProject = new("major-project", "重大项目引进", "major project attraction", "第4–5条",
        "不超过固定资产投资的20%，最高5000万元", "up to 20% of the fixed investment, at most 5000万元", 0.20, 5000, SupportBase.FixedInvestment);
    public static readonly PolicyInstrument SupplyChainService = new("supply-chain-service", "供应链服务", "supply-chain services", "第14条",
        "不超过20%，最高500万元", "up to 20%, at most 500万元", 0.20, 500, SupportBase.Investment);
    public static readonly PolicyInstrument IndustrialInternet = new("industrial-internet", "工业互联网", "industrial internet", "第9条",
        "不超过30%，最高1000万元", "up to 30%, at most 1000万元", 0.30, 1000, SupportBase.Investment);

    public static IReadOnlyList<PolicyInstrument> All { get; } =
        [IndustrialFoundation, TechnicalRenovation, FirstOfKind, MajorProject, SupplyChainService, IndustrialInternet];

    /// <summary>"工业强基（《制造强市若干措施（征求意见稿）》第7条）" or "industrial foundation (Manufacturing Measures (draft), measure 7)".</summary>
    public string Cite(Language language) => language == Language.En
        ? $"{EnglishName} (Manufacturing Measures (draft), measure {Section.Trim('第', '条')})"
        : $"{Name}（《制造强市若干措施（征求意见稿）》{Section}）";

    public string SupportIn(Language language) => language == Language.En ? SupportEnglish : Support;

    /// <summary>The undertaking firm the amount is computed for (name), if any.</summary>
    public string? Undertaking { get; init; }

    /// <summary>The base the rate is applied to (万元): the firm's sales or the project's investment; null when not known.</summary>
    public double? BaseAmount { get; init; }

    /// <summary>min(<see cref="Rate"/> × <see cref="BaseAmount"/>, <see cref="Cap"/>) in 万元; null without a base.</summary>
    public double? Amount { get; init; }

    /// <summary>The arithmetic, in Chinese: "项目投资额 4000万元 × 20% = 800万元".</summary>
    public string? Basis { get; init; }

    /// <summary><see cref="Basis"/> in English.</summary>
    public string? BasisEnglish { get; init; }

    public string? BasisIn(Language language) => language == Language.En ? BasisEnglish : Basis;

    public override string ToString() => Cite(Language.Zh);
}
