using System.Globalization;
using System.Text;
using ChainGraph.Analysis.Chains;
using ChainGraph.Analysis.Checklist;
using static System.Net.WebUtility;

namespace ChainGraph.Analysis.Briefings;

/// <summary>
/// Renders briefings as self-contained HTML (inline CSS and SVG, no script, no external resource), laid out for one
/// A4 page per chain when printed. Every piece of data is HTML-escaped. Thread-safe (stateless).
/// </summary>
public static class BriefingHtml
{
    private const string Footer = "<footer>依据：《关于推动制造业高质量发展的若干措施》（种子文件 004）· 由 ChainGraph 自动生成</footer>";

    /// <summary>The one-page briefing of a chain.</summary>
    public static string Chain(ChainBriefing b, ChainIndex index)
    {
        var html = new StringBuilder();
        Head(html, $"产业链安全简报 · {b.Chain.Name}");
        ChainBody(html, b, index);
        return html.Append("</body></html>").ToString();
    }

    /// <summary>The cover followed by every chain's page, for one PDF of all key chains.</summary>
    public static string Book(IReadOnlyList<ChainBriefing> briefings, ChainIndex index, DateOnly date, long dataVersion)
    {
        var html = new StringBuilder();
        Head(html, "重点产业链安全简报");
        CoverBody(html, briefings, date, dataVersion, null);
        foreach (var b in briefings)
        {
            html.Append("<section class=\"page\">");
            ChainBody(html, b, index);
            html.Append("</section>");
        }
        return html.Append("</body></html>").ToString();
    }

    /// <summary>The cover summary of all key chains; <paramref name="linkPrefix"/> (e.g. <c>/briefings/</c>) links each chain's briefing.</summary>
    public static string Cover(IReadOnlyList<ChainBriefing> briefings, DateOnly date, long dataVersion, string? linkPrefix = null)
    {
        var html = new StringBuilder();
        Head(html, "重点产业链安全简报 · 总览");
        CoverBody(html, briefings, date, dataVersion, linkPrefix);
        return html.Append("</body></html>").ToString();
    }

    private static void ChainBody(StringBuilder html, ChainBriefing b, ChainIndex index)
    {
        html.Append(CultureInfo.InvariantCulture, $"<header><h1>产业链安全简报 · <span class=\"chain\">{E(b.Chain.Name)}</span></h1>");
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"meta\">{Dated(b.Date, b.DataVersion)} · 链主：{E(Names(b.Owners.Select(o => o.Name), 4))}</p></header>");
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"health\" data-health=\"{b.Health}\"><span class=\"grade\" style=\"background:{BriefingVocabulary.Colour(b.Health)}\">{BriefingVocabulary.Chinese(b.Health)}</span> {E(HealthLine(b))}</p>");
        Figures(html, b.Figures);
        html.Append("<section class=\"thumb\">").Append(ChainMapSvg.Render(b, index)).Append("</section>");
        html.Append("<div class=\"grid\"><div>");
        ChokepointTable(html, "关键卡点", "chokepoints", b.Chokepoints, "本链未发现关键卡点。");
        ChokepointTable(html, "卡脖子（境外关键卡点）", "foreign", b.ForeignChokepoints, "本链未发现境外关键卡点。");
        html.Append("</div><div>");
        LinksTable(html, b.Links);
        html.Append("<h2>风险分布（清单项按严重程度）</h2>").Append(BarChartSvg.Render(
            [.. Enum.GetValues<SeverityLevel>().Reverse().Select(l => new BarChartSvg.Bar(BriefingVocabulary.Chinese(l), b.Figures.ByLevel[l], BriefingVocabulary.Colour(l)))]));
        html.Append("</div></div>");
        Review(html, b.Review);
        Actions(html, b.Actions);
        html.Append(Footer);
    }

    private static void CoverBody(StringBuilder html, IReadOnlyList<ChainBriefing> briefings, DateOnly date, long dataVersion, string? linkPrefix)
    {
        html.Append(CultureInfo.InvariantCulture, $"<header><h1>重点产业链安全简报 · 总览</h1><p class=\"meta\">{Dated(date, dataVersion)} · {briefings.Count} 条重点产业链</p></header>");
        html.Append("<table class=\"cover\"><thead><tr><th>产业链</th><th>健康</th><th>企业</th><th>缺失环节</th><th>薄弱环节</th><th>关键卡点</th><th>卡脖子</th><th>首要问题</th></tr></thead><tbody>");
        foreach (var b in briefings)
        {
            var name = linkPrefix is null ? E(b.Chain.Name) : $"<a href=\"{E(linkPrefix + Uri.EscapeDataString(b.Chain.Id))}\">{E(b.Chain.Name)}</a>";
            var top = b.Actions.FirstOrDefault() is { } item ? $"{BriefingVocabulary.Chinese(item.Type)}：{E(Subject(item))}" : "—";
            html.Append(CultureInfo.InvariantCulture,
                $"<tr data-chain=\"{E(b.Chain.Id)}\"><td>{name}</td><td><span class=\"grade\" style=\"background:{BriefingVocabulary.Colour(b.Health)}\">{BriefingVocabulary.Chinese(b.Health)}</span></td>" +
                $"<td>{b.Figures.Enterprises}</td><td>{b.Figures.Missing}</td><td>{b.Figures.Weak}</td><td>{b.Figures.Chokepoints}</td><td>{b.Figures.ForeignChokepoints}</td><td>{top}</td></tr>");
        }
        html.Append("</tbody></table>");
        html.Append("<h2>全部清单项（按严重程度）</h2>").Append(BarChartSvg.Render(
            [.. Enum.GetValues<SeverityLevel>().Reverse().Select(l => new BarChartSvg.Bar(BriefingVocabulary.Chinese(l), briefings.Sum(b => b.Figures.ByLevel[l]), BriefingVocabulary.Colour(l)))]));
        html.Append(Footer);
    }

    /// <summary>The health line, e.g. "2 个缺失环节、3 个薄弱环节、5 个关键卡点（其中“卡脖子” 1 个）".</summary>
    public static string HealthLine(ChainBriefing b)
    {
        var f = b.Figures;
        return string.Create(CultureInfo.InvariantCulture,
            $"{b.Chain.Name}：{f.Segments} 个环节中 {f.Missing} 个缺失、{f.Weak} 个薄弱；关键卡点 {f.Chokepoints} 个，“卡脖子” {f.ForeignChokepoints} 个；本地企业占 {Percent(f.LocalEnterprises, f.Enterprises)}。");
    }

    private static void Head(StringBuilder html, string title) =>
        html.Append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">")
            .Append(CultureInfo.InvariantCulture, $"<title>{E(title)}</title><style>{BriefingStyle.Css}</style></head><body>");

    private static void Figures(StringBuilder html, BriefingFigures f)
    {
        html.Append("<ul class=\"figures\">");
        foreach (var (key, label, value) in new (string, string, int)[]
        {
            ("enterprises", "企业", f.Enterprises), ("local", "本地企业", f.LocalEnterprises), ("segments", "环节", f.Segments),
            ("missing", "缺失环节", f.Missing), ("weak", "薄弱环节", f.Weak), ("chokepoints", "关键卡点", f.Chokepoints),
            ("foreign", "卡脖子", f.ForeignChokepoints), ("items", "清单项", f.ChecklistItems),
        })
        {
            html.Append(CultureInfo.InvariantCulture, $"<li data-figure=\"{key}\"><b>{value}</b> <span>{label}</span></li>");
        }
        html.Append("</ul>");
    }

    private static void ChokepointTable(StringBuilder html, string title, string kind, IReadOnlyList<ChecklistItem> items, string none)
    {
        html.Append(CultureInfo.InvariantCulture, $"<h2>{title}</h2>");
        if (items.Count == 0) { html.Append(CultureInfo.InvariantCulture, $"<p class=\"none\">{none}</p>"); return; }
        html.Append(CultureInfo.InvariantCulture, $"<table data-table=\"{kind}\"><thead><tr><th>企业</th><th>环节</th><th>威胁链主</th><th>严重</th></tr></thead><tbody>");
        foreach (var i in items)
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<tr><td>{E(Names(i.EnterpriseNames, 2))}</td><td>{E(i.SegmentName ?? "")}</td><td>{E(Names(i.OwnersThreatened, 2))}</td><td>{Level(i)}</td></tr>");
        }
        html.Append("</tbody></table>");
    }

    private static void LinksTable(StringBuilder html, IReadOnlyList<LinkFinding> links)
    {
        html.Append("<h2>缺失与薄弱环节</h2>");
        if (links.Count == 0) { html.Append("<p class=\"none\">未发现缺失或薄弱环节。</p>"); return; }
        html.Append("<table data-table=\"links\"><thead><tr><th>环节</th><th>判断</th><th>本地/全部企业</th><th>外地供应</th></tr></thead><tbody>");
        foreach (var l in links)
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<tr><td>{E(l.Segment.Name)}</td><td>{BriefingVocabulary.Chinese(l.Kind)}</td><td>{l.LocalEnterprises}/{l.Enterprises}</td><td>{Percent(l.OutsideShare)}</td></tr>");
        }
        html.Append("</tbody></table>");
    }

    private static void Review(StringBuilder html, QuarterlyReview? review)
    {
        html.Append("<h2>与上季度相比</h2>");
        if (review is null) { html.Append("<p class=\"none\" data-review=\"none\">暂无上季度清单可比较（首次生成简报，本季度清单将作为下季度的比较基准）。</p>"); return; }
        html.Append(CultureInfo.InvariantCulture, $"<p data-review=\"{E(review.PreviousLabel)}\">对比 {E(review.PreviousLabel)}：");
        foreach (var kind in new[] { ChangeKind.New, ChangeKind.Worsened, ChangeKind.Resolved })
        {
            var changes = review.Of(kind).ToList();
            var names = changes.Select(c => c.Item is { } item ? Subject(item) : c.Id).Take(3).ToList();
            html.Append(CultureInfo.InvariantCulture, $"<span class=\"change\">{BriefingVocabulary.Chinese(kind)} <b>{changes.Count}</b> 项{(names.Count > 0 ? "（" + E(string.Join("；", names)) + (changes.Count > names.Count ? " 等" : "") + "）" : "")}</span>");
        }
        html.Append("</p>");
    }

    private static void Actions(StringBuilder html, IReadOnlyList<ChecklistItem> items)
    {
        html.Append("<h2>建议措施</h2>");
        if (items.Count == 0) { html.Append("<p class=\"none\">无需专项措施。</p>"); return; }
        html.Append("<table data-table=\"actions\"><thead><tr><th>#</th><th>措施</th><th>对象</th><th>政策工具（004号文）</th><th>支持力度</th></tr></thead><tbody>");
        foreach (var (i, n) in items.Select((item, n) => (item, n + 1)))
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<tr><td>{n}</td><td>{ChainActions.Chinese(i.Action)}</td><td>{BriefingVocabulary.Chinese(i.Type)}：{E(Subject(i))}</td><td>{E(i.Instrument.Name)} {E(i.Instrument.Section)}</td><td>{E(i.Instrument.Support)}</td></tr>");
        }
        html.Append("</tbody></table>");
    }

    private static string Level(ChecklistItem i) =>
        string.Create(CultureInfo.InvariantCulture, $"<span class=\"level\" style=\"color:{BriefingVocabulary.Colour(i.Level)}\">{BriefingVocabulary.Chinese(i.Level)} {i.Severity:0.00}</span>");

    private static string Subject(ChecklistItem i) =>
        i.EnterpriseNames.Count > 0 ? $"{Names(i.EnterpriseNames, 2)}（{i.SegmentName}）" : i.SegmentName ?? i.Id;

    private static string Dated(DateOnly date, long version) =>
        string.Create(CultureInfo.InvariantCulture, $"<time datetime=\"{date:yyyy-MM-dd}\">{date:yyyy年M月d日}</time> · {PreviousChecklist.Quarter(date)} · 数据版本 <span class=\"version\">{version}</span>");

    private static string Names(IEnumerable<string> names, int max)
    {
        var list = names.ToList();
        return list.Count <= max ? string.Join("、", list) : $"{string.Join("、", list.Take(max))} 等 {list.Count} 家";
    }

    private static string Percent(double share) => string.Create(CultureInfo.InvariantCulture, $"{share * 100:0}%");

    private static string Percent(int part, int whole) => whole == 0 ? "0%" : Percent((double)part / whole);

    private static string E(string text) => HtmlEncode(text);
}
