using System.Globalization;
using ChainGraph.Domain.Text;

namespace ChainGraph.Reporting;

/// <summary>The fixed words of the briefing in both languages; Chinese is the default.</summary>
internal static class BriefingText
{
    public static readonly Localized Title = new("产业链安全简报", "Chain security briefing");
    public static readonly Localized BookTitle = new("重点产业链安全简报", "Key chain security briefing");
    public static readonly Localized CoverTitle = new("重点产业链安全简报 · 总览", "Key chain security briefing · overview");
    public static readonly Localized Owners = new("链主：", "chain owners: ");
    public static readonly Localized Chokepoints = new("关键卡点", "Chokepoints");
    public static readonly Localized ForeignChokepoints = new("卡脖子（境外关键卡点）", "Foreign chokepoints");
    public static readonly Localized NoChokepoints = new("本链未发现关键卡点。", "No chokepoint found in this chain.");
    public static readonly Localized NoForeignChokepoints = new("本链未发现境外关键卡点。", "No foreign chokepoint found in this chain.");
    public static readonly Localized ChokepointHeaders =
        new("<th>企业</th><th>环节</th><th>威胁链主</th><th>严重</th>",
        "<th>enterprise</th><th>segment</th><th>owners threatened</th><th>severity</th>");
    public static readonly Localized Links = new("缺失与薄弱环节", "Missing and weak links");
    public static readonly Localized NoLinks = new("未发现缺失或薄弱环节。", "No missing or weak link found.");
    public static readonly Localized LinkHeaders =
        new("<th>环节</th><th>判断</th><th>本地/全部企业</th><th>外地供应</th>",
        "<th>segment</th><th>finding</th><th>local/all firms</th><th>supply from outside</th>");
    public static readonly Localized ByLevel = new("风险分布（清单项按严重程度）", "Checklist items by severity");
    public static readonly Localized AllByLevel = new("全部清单项（按严重程度）", "All checklist items by severity");
    public static readonly Localized Review = new("与上季度相比", "Compared with last quarter");
    public static readonly Localized NoReview =
        new("暂无上季度清单可比较（首次生成简报，本季度清单将作为下季度的比较基准）。",
        "No earlier quarter to compare with (first briefing; this quarter's checklist will be the baseline for the next).");
    public static readonly Localized Actions = new("建议措施", "Recommended actions");
    public static readonly Localized NoActions = new("无需专项措施。", "No specific action needed.");
    public static readonly Localized ActionHeaders = new(
        "<th>#</th><th>措施</th><th>对象</th><th>候选企业</th><th>政策工具（《制造强市若干措施（征求意见稿）》）</th><th>支持金额</th>",
        "<th>#</th><th>action</th><th>subject</th><th>candidates</th><th>instrument (Manufacturing Measures, draft)</th><th>support amount</th>");
    public static readonly Localized CoverHeaders = new(
        "<th>产业链</th><th>健康</th><th>企业</th><th>缺失环节</th><th>薄弱环节</th><th>关键卡点</th><th>卡脖子</th><th>首要问题</th>",
        "<th>chain</th><th>health</th><th>enterprises</th><th>missing</th><th>weak</th><th>chokepoints</th><th>foreign</th><th>top issue</th>");

    public static readonly Localized Version = new("数据版本", "data version");

    /// <summary>The figures row's labels, by the figure's key, in the order the row shows them.</summary>
    public static readonly Words<string> FigureLabels = new(
        ("enterprises", "企业", "enterprises"), ("local", "本地企业", "local"), ("segments", "环节", "segments"),
        ("missing", "缺失环节", "missing"), ("weak", "薄弱环节", "weak"), ("chokepoints", "关键卡点", "chokepoints"),
        ("foreign", "卡脖子", "foreign chokepoints"), ("items", "清单项", "checklist items"));

    public static string Chains(int count, Language l) =>
        l == Language.Zh
            ? string.Create(CultureInfo.InvariantCulture, $"{count} 条重点产业链")
            : string.Create(CultureInfo.InvariantCulture, $"{count} key chains");

    public static string Compared(string label, Language l) => l == Language.Zh ? $"对比 {label}：" : $"compared with {label}: ";

    public static string Items(int count, Language l) =>
        l == Language.Zh
            ? string.Create(CultureInfo.InvariantCulture, $" <b>{count}</b> 项")
            : string.Create(CultureInfo.InvariantCulture, $" <b>{count}</b>");

    public static string Date(DateOnly date, Language l) =>
        date.ToString(l == Language.Zh ? "yyyy年M月d日" : "d MMMM yyyy", CultureInfo.InvariantCulture);

    private static readonly Dictionary<string, (string Name, string Support)> Instruments = new()
    {
        ["industrial-foundation"] = ("industrial foundation", "up to 30% of the investment, at most 10 million CNY"),
        ["technical-renovation"] = ("technical renovation",
        "up to 20% of the investment, at most 50 million CNY; loan interest up to 50%, at most 5 million CNY"),
        ["first-of-kind"] = ("first unit / batch / version", "up to 30% of sales, at most 10 million CNY"),
        ["major-project"] = ("major project attraction", "up to 20% of the fixed investment, at most 50 million CNY"),
        ["supply-chain-service"] = ("supply-chain services", "up to 20%, at most 5 million CNY"),
        ["industrial-internet"] = ("industrial internet", "up to 30%, at most 10 million CNY"),
    };

    /// <summary>An instrument of the manufacturing measures in English: "technical renovation, measure 8" and its support.</summary>
    public static (string Instrument, string Support) Instrument(string id, string section)
    {
        var measure = new string([.. section.Where(c => char.IsAsciiDigit(c) || c is '–' or '-')]);
        var (name, support) = Instruments.GetValueOrDefault(id, (id, ""));
        return ($"{name}, measure {measure}", support);
    }

    /// <summary>
    /// What the briefing rests on: the measure it serves (a consultation draft), the data version, and that it is generated.
    /// </summary>
    public static string Footer(long version, DateOnly date, Language l)
    {
        var fifteen = PolicyCitation.Manufacturing(15);
        return l == Language.Zh
            ? string.Create(CultureInfo.InvariantCulture, $"依据：{fifteen.Zh}（梳理重点产业链，找准缺失和薄弱环节，制定产业链关键卡点攻关项目清单）。该文件为征求意见稿，所列政策工具及支持力度以正式发布文本为准。数据：本库数据版本 {version}（企业、供应关系与事件记录），{Date(date, l)}生成。由 ChainGraph 根据上述数据自动生成，供研判参考。")
            : string.Create(CultureInfo.InvariantCulture, $"Basis: {fifteen.En} (map the key chains, find their missing and weak links, keep a checklist of chokepoint projects). That document is a consultation draft: the instruments and amounts shown are subject to the text as issued. Data: this store at data version {version} (enterprises, supply relations, event records), generated {Date(date, l)}. Generated by ChainGraph from that data, for analysis.");
    }
}
