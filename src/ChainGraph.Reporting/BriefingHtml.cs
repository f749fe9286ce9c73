using System.Globalization;
using System.Text;
using ChainGraph.Analysis.Chains;
using ChainGraph.Analysis.Checklist;
using ChainGraph.Domain;
using ChainGraph.Analysis.Figures;
using ChainGraph.Domain.Text;
using static System.Net.WebUtility;

namespace ChainGraph.Reporting;

/// <summary>
/// Renders briefings as self-contained HTML (inline CSS and SVG, no script, no external resource), laid out for one
/// A4 page per chain when printed, in Chinese unless English is asked for. Every piece of data is HTML-escaped; the footer
/// says what the briefing rests on. Thread-safe (stateless).
/// </summary>
public static class BriefingHtml
{
    /// <summary>The one-page briefing of a chain.</summary>
    public static string Chain(ChainBriefing b, ChainIndex index, Language language = Language.Zh)
    {
        var html = new StringBuilder();
        Head(html, $"{BriefingText.Title.In(language)} · {b.Chain.Name}", language);
        ChainBody(html, b, index, language);
        return html.Append("</body></html>").ToString();
    }

    /// <summary>The cover followed by every chain's page, for one PDF of all key chains.</summary>
    public static string Book(IReadOnlyList<ChainBriefing> briefings, ChainIndex index, DateOnly date, long dataVersion,
        Language language = Language.Zh)
    {
        var html = new StringBuilder();
        Head(html, BriefingText.BookTitle.In(language), language);
        CoverBody(html, briefings, date, dataVersion, null, language);
        foreach (var b in briefings)
        {
            html.Append("<section class=\"page\">");
            ChainBody(html, b, index, language);
            html.Append("</section>");
        }
        return html.Append("</body></html>").ToString();
    }

    /// <summary>
    /// The cover summary of all key chains; <paramref name="linkPrefix"/> (e.g. <c>/briefings/</c>) links each chain's briefing.
    /// </summary>
    public static string Cover(IReadOnlyList<ChainBriefing> briefings, DateOnly date, long dataVersion, string? linkPrefix = null,
        Language language = Language.Zh)
    {
        var html = new StringBuilder();
        Head(html, BriefingText.CoverTitle.In(language), language);
        CoverBody(html, briefings, date, dataVersion, linkPrefix, language);
        return html.Append("</body></html>").ToString();
    }

    private static void ChainBody(StringBuilder html, ChainBriefing b, ChainIndex index, Language l)
    {
        html.Append(CultureInfo.InvariantCulture,
            $"<header><h1>{BriefingText.Title.In(l)} · <span class=\"chain\">{E(b.Chain.Name)}</span></h1>");
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"meta\">{Dated(b.Date, b.DataVersion, l)} · {BriefingText.Owners.In(l)}{E(Names(b.Owners.Select(o => o.Name), 4, l))}</p></header>");
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"health\" data-health=\"{b.Health}\"><span class=\"grade\" style=\"background:{BriefingVocabulary.Colour(b.Health)}\">{BriefingVocabulary.Name(b.Health, l)}</span> <span class=\"why\">{E(b.HealthAssessment.Why.In(l))}</span></p>");
        Figures(html, b.Figures, l);
        html.Append("<section class=\"thumb\">").Append(ChainMapSvg.Render(b, index, l, b.Items)).Append("</section>");
        html.Append("<div class=\"grid\"><div>");
        ChokepointTable(html, BriefingText.Chokepoints.In(l), "chokepoints", b.Chokepoints, BriefingText.NoChokepoints.In(l), l);
        ChokepointTable(html, BriefingText.ForeignChokepoints.In(l), "foreign", b.ForeignChokepoints,
            BriefingText.NoForeignChokepoints.In(l), l);
        html.Append("</div><div>");
        LinksTable(html, b.Links, l);
        html.Append(CultureInfo.InvariantCulture, $"<h2>{BriefingText.ByLevel.In(l)}</h2>").Append(BarChartSvg.Render(
            [.. Enum.GetValues<SeverityLevel>()
            .Reverse()
            .Select(v => new BarChartSvg.Bar(BriefingVocabulary.Name(v, l), b.Figures.ByLevel[v], BriefingVocabulary.Colour(v)))]));
        html.Append("</div></div>");
        Review(html, b.Review, l);
        Quarterly(html, b.Quarterly, l);
        Actions(html, b.Actions, l);
        Footer(html, b.DataVersion, b.Date, l);
    }

    private static void CoverBody(StringBuilder html, IReadOnlyList<ChainBriefing> briefings, DateOnly date, long dataVersion,
        string? linkPrefix, Language l)
    {
        html.Append(CultureInfo.InvariantCulture, $"<header><h1>{BriefingText.CoverTitle.In(l)}</h1><p class=\"meta\">{Dated(date, dataVersion, l)} · {BriefingText.Chains(briefings.Count, l)}</p></header>");
        html.Append(CultureInfo.InvariantCulture,
            $"<table class=\"cover\"><thead><tr>{BriefingText.CoverHeaders.In(l)}</tr></thead><tbody>");
        foreach (var b in briefings)
        {
            var name = linkPrefix is null
                ? E(b.Chain.Name)
                : $"<a href=\"{E(linkPrefix + Uri.EscapeDataString(b.Chain.Id))}\">{E(b.Chain.Name)}</a>";
            var top = b.Actions.FirstOrDefault() is { } item
                ? $"{BriefingVocabulary.Name(item.Type, l)}{(l == Language.Zh ? "：" : ": ")}{E(Subject(item, l))}"
                : "—";
            html.Append(CultureInfo.InvariantCulture,
                $"<tr data-chain=\"{E(b.Chain.Id)}\"><td>{name}</td><td><span class=\"grade\" style=\"background:{BriefingVocabulary.Colour(b.Health)}\">{BriefingVocabulary.Name(b.Health, l)}</span></td>" +
                $"<td>{b.Figures.Enterprises}</td><td>{b.Figures.Missing}</td><td>{b.Figures.Weak}</td><td>{b.Figures.Chokepoints}</td><td>{b.Figures.ForeignChokepoints}</td><td>{top}</td></tr>");
        }
        html.Append("</tbody></table>");
        html.Append(CultureInfo.InvariantCulture, $"<h2>{BriefingText.AllByLevel.In(l)}</h2>").Append(BarChartSvg.Render(
            [.. Enum.GetValues<SeverityLevel>()
            .Reverse()
            .Select(v => new BarChartSvg.Bar(BriefingVocabulary.Name(v, l), briefings.Sum(b => b.Figures.ByLevel[v]),
            BriefingVocabulary.Colour(v)))]));
        Footer(html, dataVersion, date, l);
    }

    private static void Head(StringBuilder html, string title, Language l) =>
        html.Append(CultureInfo.InvariantCulture, $"<!DOCTYPE html><html lang=\"{(l == Language.Zh ? "zh-CN" : "en")}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">")
            .Append(CultureInfo.InvariantCulture, $"<title>{E(title)}</title><style>{BriefingStyle.Css}</style></head><body>");

    private static void Footer(StringBuilder html, long version, DateOnly date, Language l) =>
        html.Append(CultureInfo.InvariantCulture, $"<footer>{E(BriefingText.Footer(version, date, l))}</footer>");

    private static void Figures(StringBuilder html, BriefingFigures f, Language l)
    {
        int[] values = [f.Enterprises, f.LocalEnterprises, f.Segments, f.Missing, f.Weak, f.Chokepoints, f.ForeignChokepoints,
            f.ChecklistItems];
        html.Append("<ul class=\"figures\">");
        foreach (var ((key, label), value) in BriefingText.FigureLabels.Zip(values))
        {
            html.Append(CultureInfo.InvariantCulture, $"<li data-figure=\"{key}\"><b>{value}</b> <span>{label.In(l)}</span></li>");
        }
        html.Append("</ul>");
    }

    private static void ChokepointTable(StringBuilder html, string title, string kind, IReadOnlyList<ChecklistItem> items, string none,
        Language l)
    {
        html.Append(CultureInfo.InvariantCulture, $"<h2>{title}</h2>");
        if (items.Count == 0) { html.Append(CultureInfo.InvariantCulture, $"<p class=\"none\">{none}</p>"); return; }
        html.Append(CultureInfo.InvariantCulture,
            $"<table data-table=\"{kind}\"><thead><tr>{BriefingText.ChokepointHeaders.In(l)}</tr></thead><tbody>");
        foreach (var i in items)
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<tr><td>{E(Names(i.EnterpriseNames, 2, l))}</td><td>{E(i.SegmentName ?? "")}</td><td>{E(Names(i.OwnersThreatened, 2, l))}</td><td>{Level(i, l)}</td></tr>");
        }
        html.Append("</tbody></table>");
    }

    private static void LinksTable(StringBuilder html, IReadOnlyList<LinkFinding> links, Language l)
    {
        html.Append(CultureInfo.InvariantCulture, $"<h2>{BriefingText.Links.In(l)}</h2>");
        if (links.Count == 0) { html.Append(CultureInfo.InvariantCulture, $"<p class=\"none\">{BriefingText.NoLinks.In(l)}</p>"); return; }
        html.Append(CultureInfo.InvariantCulture,
            $"<table data-table=\"links\"><thead><tr>{BriefingText.LinkHeaders.In(l)}</tr></thead><tbody>");
        foreach (var link in links)
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<tr><td>{E(link.Segment.Name)}</td><td>{BriefingVocabulary.Name(link.Kind, l)}</td><td>{link.LocalEnterprises}/{link.Enterprises}</td><td>{Percent(link.OutsideShare)}</td></tr>");
        }
        html.Append("</tbody></table>");
    }

    private static void Review(StringBuilder html, QuarterlyReview? review, Language l)
    {
        html.Append(CultureInfo.InvariantCulture, $"<h2>{BriefingText.Review.In(l)}</h2>");
        if (review is null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"none\" data-review=\"none\">{BriefingText.NoReview.In(l)}</p>");
            return;
        }
        html.Append(CultureInfo.InvariantCulture,
            $"<p data-review=\"{E(review.PreviousLabel)}\">{E(BriefingText.Compared(review.PreviousLabel, l))}");
        foreach (var kind in new[] { ChangeKind.New, ChangeKind.Worsened, ChangeKind.Improved, ChangeKind.Resolved })
        {
            var changes = review.Of(kind).ToList();
            var names = changes.Select(c => c.Item is { } item ? Subject(item, l) : null).OfType<string>().Take(3).ToList();
            var more = changes.Count > names.Count ? (l == Language.Zh ? " 等" : " …") : "";
            var list = names.Count > 0
                ? (l == Language.Zh ? "（" : " (") + E(string.Join(l == Language.Zh ? "；" : "; ", names)) + more
                    + (l == Language.Zh ? "）" : ")")
                : "";
            html.Append(CultureInfo.InvariantCulture,
                $"<span class=\"change\">{BriefingVocabulary.Name(kind, l)}{BriefingText.Items(changes.Count, l)}{list}</span>");
        }
        html.Append("</p>");
    }

    private static void Actions(StringBuilder html, IReadOnlyList<ChecklistItem> items, Language l)
    {
        html.Append(CultureInfo.InvariantCulture, $"<h2>{BriefingText.Actions.In(l)}</h2>");
        if (items.Count == 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"none\">{BriefingText.NoActions.In(l)}</p>");
            return;
        }
        html.Append(CultureInfo.InvariantCulture,
            $"<table data-table=\"actions\"><thead><tr>{BriefingText.ActionHeaders.In(l)}</tr></thead><tbody>");
        foreach (var (i, n) in items.Select((item, n) => (item, n + 1)))
        {
            var (instrument, _) = l == Language.Zh
                ? ($"{i.Instrument.Name} {i.Instrument.Section}", i.Instrument.Support)
                : BriefingText.Instrument(i.Instrument.Id, i.Instrument.Section);
            html.Append(CultureInfo.InvariantCulture,
                $"<tr><td>{n}</td><td>{BriefingVocabulary.Name(i.Action, l)}</td><td>{BriefingVocabulary.Name(i.Type, l)}{(l == Language.Zh ? "：" : ": ")}{E(Subject(i, l))}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td data-candidates>{E(ActionCells.Candidates(i, l))}</td><td>{E(instrument)}</td><td data-amount>{E(ActionCells.Amount(i.Instrument, l))}</td></tr>");
        }
        html.Append("</tbody></table>");
    }

    // One short line (the page is designed for one A4 sheet): 本地配套率, purchases, projects by status (`figures` has the rest).
    private static void Quarterly(StringBuilder html, AreaFigures? f, Language l)
    {
        if (f is null) return;
        var zh = l == Language.Zh;
        var sep = zh ? "、" : ", ";
        var projects = string.Join(sep, f.Projects.Select(kv => $"{ProjectStatusNames.Of(kv.Key).In(l)} {kv.Value}"));
        var share = $"<b data-figure=\"local-supply-share\">{FiguresWording.Share(f.Supply.LocalShare, l)}</b>";
        var near = FiguresWording.Share(f.Supply.NearShare, l);
        html.Append(zh
            ? FormattableString.Invariant($"<p class=\"quarterly\">本季数据：本地配套率 {share}（含都市圈 {near}，链主及核心企业年采购 {E(Units.Money(f.Supply.Value.Total))}）；攻关项目 {E(projects)}</p>")
            : FormattableString.Invariant($"<p class=\"quarterly\">This quarter: local supply share {share} (with the ring {near}; owners' and core firms' purchases {E(Units.MoneyEnglish(f.Supply.Value.Total))} a year); projects: {E(projects)}</p>"));
    }

    private static string Level(ChecklistItem i, Language l) =>
        string.Create(CultureInfo.InvariantCulture, $"<span class=\"level\" style=\"color:{BriefingVocabulary.Colour(i.Level)}\">{BriefingVocabulary.Name(i.Level, l)} {i.Severity:0.00}</span>");

    private static string Subject(ChecklistItem i, Language l) =>
        i.EnterpriseNames.Count > 0
            ? (l == Language.Zh
                ? $"{Names(i.EnterpriseNames, 2, l)}（{i.SegmentName}）"
                : $"{Names(i.EnterpriseNames, 2, l)} ({i.SegmentName})")
            : i.SegmentName ?? "";

    private static string Dated(DateOnly date, long version, Language l) =>
        string.Create(CultureInfo.InvariantCulture, $"<time datetime=\"{date:yyyy-MM-dd}\">{BriefingText.Date(date, l)}</time> · {PreviousChecklist.Quarter(date)} · {BriefingText.Version.In(l)} <span class=\"version\">{version}</span>");

    private static string Names(IEnumerable<string> names, int max, Language l)
    {
        var list = names.ToList();
        if (list.Count <= max) return string.Join(l == Language.Zh ? "、" : ", ", list);
        return l == Language.Zh
            ? $"{string.Join("、", list.Take(max))} 等 {list.Count} 家"
            : $"{string.Join(", ", list.Take(max))} and {list.Count - max} more";
    }

    private static string Percent(double share) => string.Create(CultureInfo.InvariantCulture, $"{share * 100:0}%");


    private static string E(string text) => HtmlEncode(text);
}
