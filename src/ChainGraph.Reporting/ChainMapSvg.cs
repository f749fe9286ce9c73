using System.Globalization;
using System.Text;
using ChainGraph.Analysis.Chains;
using ChainGraph.Analysis.Checklist;
using ChainGraph.Domain;
using ChainGraph.Domain.Text;
using static System.Net.WebUtility;

namespace ChainGraph.Reporting;

/// <summary>
/// The chain map for the briefing as static SVG, in the page's block layout (<see cref="BlockLayout"/>): one block per
/// segment along the chain's template with FEEDS arrows; each block names the segment (★ for key segments), its most
/// severe finding and level, its firms by local / metro ring / domestic / overseas and its supply split as a bar, and,
/// where there is room, the owner or chokepoint firm that matters. Fonts are 10 px or more at the page's 760 px width.
/// </summary>
public static class ChainMapSvg
{
    /// <summary>The most blocks stacked in one column before the column is split.</summary>
    public const int MaxRows = 6;

    private const int Width = 760, Top = 16, Area = 240, GapX = 18, GapY = 6, MinBlock = 38, MaxBlock = 64, LegendHeight = 37;

    /// <summary>The colours of the page's four groups: local, metro ring, domestic, overseas.</summary>
    private static readonly string[] Colours = ["#2e7d32", "#00897b", "#1e88e5", "#8e24aa"];

    /// <summary>
    /// The map in <paramref name="language"/>. Without <paramref name="chainItems"/> it marks the findings the briefing
    /// carries (its top items and links); with all checklist items of the chain it marks every one.
    /// </summary>
    public static string Render(ChainBriefing briefing, ChainIndex index, Language language = Language.Zh,
        IReadOnlyList<ChecklistItem>? chainItems = null)
    {
        var segments = briefing.Map.Segments;
        var ids = segments.Select(s => s.Segment.Id).ToList();
        var (slots, tracks, rows) = BlockLayout.Place(ids, Feeds(index, ids), MaxRows);
        var w = Math.Min(170, (Width - GapX * (tracks - 1.0)) / tracks);
        var h = Math.Clamp((Area - GapY * (rows - 1.0)) / rows, MinBlock, MaxBlock);
        var area = rows * h + (rows - 1) * GapY;
        var left = (Width - (tracks * w + (tracks - 1) * GapX)) / 2;
        var boxes = ids.ToDictionary(id => id, id =>
        {
            var slot = slots[id];
            var top = Top + (area - (slot.RowsInTrack * h + (slot.RowsInTrack - 1) * GapY)) / 2;
            return new Box(left + slot.Track * (w + GapX), top + slot.Row * (h + GapY), w, h);
        });
        var height = (int)Math.Ceiling(Top + area + LegendHeight + 6);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"map\" width=\"{Width}\" height=\"{height}\" viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-label=\"{HtmlEncode(briefing.Chain.Name)}\" font-family=\"Noto Sans CJK SC, sans-serif\">");
        svg.Append("<defs><marker id=\"cg-arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"6\" markerHeight=\"6\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#78909c\"/></marker></defs>");
        svg.Append(CultureInfo.InvariantCulture,
            $"<text x=\"2\" y=\"11\" font-size=\"10\" fill=\"#78909c\">{HtmlEncode(ChainMapWords.Flow.In(language))}</text>");
        Arrows(svg, index, ids, boxes);
        var findings = SegmentFinding.Of(briefing, chainItems);
        foreach (var segment in segments)
            Block(svg, segment, boxes[segment.Segment.Id], findings.GetValueOrDefault(segment.Segment.Id), briefing, index, language);
        Legend(svg, Top + area + 20, language);
        return svg.Append("</svg>").ToString();
    }

    private readonly record struct Box(double X, double Y, double W, double H);

    private static Dictionary<string, IReadOnlyList<string>> Feeds(ChainIndex index, IReadOnlyList<string> ids)
    {
        var inChain = ids.ToHashSet();
        return index.Dataset.SegmentLinks.Where(l => inChain.Contains(l.From) && inChain.Contains(l.To))
            .GroupBy(l => l.From).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(l => l.To)]);
    }

    private static void Arrows(StringBuilder svg, ChainIndex index, IReadOnlyList<string> ids, Dictionary<string, Box> boxes)
    {
        foreach (var (from, targets) in Feeds(index, ids))
        {
            foreach (var to in targets)
            {
                var (a, b) = (boxes[from], boxes[to]);
                double x1 = a.X + a.W, y1 = a.Y + a.H / 2, x2 = b.X - 1, y2 = b.Y + b.H / 2, bend = Math.Max(8, (x2 - x1) / 2);
                svg.Append(CultureInfo.InvariantCulture,
                    $"<path d=\"M{x1:0.#},{y1:0.#} C{x1 + bend:0.#},{y1:0.#} {x2 - bend:0.#},{y2:0.#} {x2:0.#},{y2:0.#}\" fill=\"none\" stroke=\"#90a4ae\" stroke-width=\"1\" marker-end=\"url(#cg-arrow)\"/>");
            }
        }
    }

    private static void Block(StringBuilder svg, SegmentMap segment, Box box, SegmentFinding? finding, ChainBriefing briefing,
        ChainIndex index, Language language)
    {
        var (stroke, width, dash) = Border(finding);
        svg.Append(CultureInfo.InvariantCulture,
            $"<g data-segment=\"{HtmlEncode(segment.Segment.Id)}\"><rect x=\"{box.X:0.#}\" y=\"{box.Y:0.#}\" width=\"{box.W:0.#}\" height=\"{box.H:0.#}\" rx=\"4\" fill=\"{(finding?.Kind == ChecklistItemType.Missing ? "#fff5f5" : "#fafafa")}\" stroke=\"{stroke}\" stroke-width=\"{width}\"{dash}/>");
        var x = box.X + 5;
        var badge = finding is null ? null : Badge(finding, language);
        var badgeWidth = badge is null ? 0 : TextWidth(badge, 10) + 8;
        var name = (segment.Segment.Key ? "★" : "") + segment.Segment.Name;
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x:0.#}\" y=\"{box.Y + 13:0.#}\" font-size=\"11\" font-weight=\"bold\" fill=\"#263238\">{HtmlEncode(Fit(name, box.W - badgeWidth - 12, 11))}</text>");
        if (badge is not null)
        {
            var bx = box.X + box.W - badgeWidth - 4;
            svg.Append(CultureInfo.InvariantCulture,
                $"<rect x=\"{bx:0.#}\" y=\"{box.Y + 4:0.#}\" width=\"{badgeWidth:0.#}\" height=\"12\" rx=\"2\" fill=\"{BadgeColour(finding!)}\"/><text x=\"{bx + 4:0.#}\" y=\"{box.Y + 13.5:0.#}\" font-size=\"10\" fill=\"#fff\">{HtmlEncode(badge)}</text>");
        }
        ShareBar(svg, segment, x, box.Y + 18, box.W - 10);
        Counts(svg, segment, x, box.Y + 34, box.W - 10, language);
        if (box.H >= 50 && FirmLine(segment, finding, briefing, index, language) is { } line)
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x:0.#}\" y=\"{box.Y + 47:0.#}\" font-size=\"10\" fill=\"#37474f\">{HtmlEncode(Fit(line, box.W - 10, 10))}</text>");
        svg.Append("</g>");
    }

    private static (string Stroke, double Width, string Dash) Border(SegmentFinding? finding) => finding?.Kind switch
    {
        ChecklistItemType.Missing => (BriefingVocabulary.ChokepointColour, 1.5, " stroke-dasharray=\"4 2\""),
        ChecklistItemType.Weak => (BriefingVocabulary.WeakColour, 1.5, ""),
        ChecklistItemType.ForeignChokepoint => (BriefingVocabulary.ChokepointColour, 2.5, ""),
        ChecklistItemType.Chokepoint or ChecklistItemType.SoleSource => (BriefingVocabulary.ChokepointColour, 1.5, ""),
        _ => ("#b0bec5", 1, ""),
    };

    private static string Badge(SegmentFinding finding, Language language)
    {
        var kind = ChainMapWords.Kinds.In(finding.Kind, language);
        return finding.Level is { } level ? $"{kind}·{ChainMapWords.Level(level, language)}" : kind;
    }

    private static string BadgeColour(SegmentFinding finding) => finding.Level is { } level
        ? BriefingVocabulary.Colour(level)
        : finding.Kind == ChecklistItemType.Weak ? BriefingVocabulary.WeakColour : BriefingVocabulary.ChokepointColour;

    /// <summary>The supply split (value, or shares where values are missing) as one stacked bar; grey when there is none.</summary>
    private static void ShareBar(StringBuilder svg, SegmentMap segment, double x, double y, double width)
    {
        svg.Append(CultureInfo.InvariantCulture,
            $"<rect x=\"{x:0.#}\" y=\"{y:0.#}\" width=\"{width:0.#}\" height=\"5\" fill=\"#eceff1\"/>");
        var shares = GroupSplit(segment.SupplyShares);
        for (var g = 0; g < Colours.Length; g++)
        {
            var w = shares[g] * width;
            if (w > 0.2)
                svg.Append(CultureInfo.InvariantCulture,
                    $"<rect x=\"{x:0.##}\" y=\"{y:0.#}\" width=\"{w:0.##}\" height=\"5\" fill=\"{Colours[g]}\"/>");
            x += w;
        }
    }

    /// <summary>Firms by group, each number in its group's colour (the legend names the groups).</summary>
    private static void Counts(StringBuilder svg, SegmentMap segment, double x, double y, double width, Language language)
    {
        var counts = GroupSplit(segment.EnterpriseCounts);
        var step = width / 4.6;
        svg.Append(CultureInfo.InvariantCulture, $"<text y=\"{y:0.#}\" font-size=\"10\">");
        for (var g = 0; g < Colours.Length; g++)
            svg.Append(CultureInfo.InvariantCulture, $"<tspan x=\"{x + g * step:0.#}\" fill=\"{Colours[g]}\">{counts[g]:0}</tspan>");
        svg.Append(CultureInfo.InvariantCulture,
            $"<tspan x=\"{x + 4 * step:0.#}\" fill=\"#455a64\">{ChainMapWords.Firms.In(language)}</tspan></text>");
    }

    private static string? FirmLine(SegmentMap segment, SegmentFinding? finding, ChainBriefing briefing, ChainIndex index,
        Language language)
    {
        var members = index.Members(index.SegmentIndex(segment.Segment.Id));
        var roles = index.Roles(index.SegmentIndex(segment.Segment.Id));
        var owners = members.Where((_, i) => roles[i] == SegmentRole.Owner)
            .Distinct()
            .Select(e => Short(index.Name(e)))
            .ToList();
        var comma = language == Language.En ? ", " : "、";
        if (owners.Count > 0) return $"{ChainMapWords.Owner.In(language)} {string.Join(comma, owners)}";
        var firms = finding?.Firms.Count > 0 ? finding.Firms
            : [.. segment.Enterprises.Where(briefing.ChokepointEnterprises.Contains).Select(e => index.Name(e))];
        if (firms.Count == 0) return null;
        var label = ChainMapWords.Kinds.In(finding?.FirmType ?? ChecklistItemType.Chokepoint, language);
        var more = firms.Count <= 2 ? "" : language == Language.En ? $" +{firms.Count - 2}" : $" 等{firms.Count}家";
        return $"{label} {string.Join(comma, firms.Take(2).Select(Short))}{more}";
    }

    /// <summary>A split summed into the four groups: local, metro ring, domestic (province + country), overseas.</summary>
    private static double[] GroupSplit(LocationSplit split)
    {
        var groups = new double[Colours.Length];
        foreach (var location in Enum.GetValues<Location>()) groups[GroupOf(location)] += split.Of(location);
        return groups;
    }

    private static int GroupOf(Location location) => location switch
    {
        Location.Local => 0,
        Location.Metro => 1,
        Location.Province or Location.Country => 2,
        _ => 3,
    };

    private static void Legend(StringBuilder svg, double y, Language language)
    {
        var x = 2.0;
        for (var g = 0; g < Colours.Length; g++)
        {
            var name = ChainMapWords.Groups.In(g, language);
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x:0.#}\" y=\"{y - 8:0.#}\" width=\"9\" height=\"9\" fill=\"{Colours[g]}\"/><text x=\"{x + 12:0.#}\" y=\"{y:0.#}\" font-size=\"10\">{name}</text>");
            x += 16 + TextWidth(name, 10);
        }
        svg.Append(CultureInfo.InvariantCulture,
            $"<text x=\"{x + 6:0.#}\" y=\"{y:0.#}\" font-size=\"10\" fill=\"#455a64\">{HtmlEncode(ChainMapWords.Reading.In(language))}</text>" +
            $"<text x=\"2\" y=\"{y + 13:0.#}\" font-size=\"10\" fill=\"#455a64\">{HtmlEncode(Fit(ChainMapWords.Borders.In(language), Width - 4, 10))}</text>");
    }

    /// <summary>A firm's short name: no 深圳(市) prefix, no company-form suffix (the tables carry full names).</summary>
    internal static string Short(string name)
    {
        var s = name;
        if (s.StartsWith("深圳市", StringComparison.Ordinal) && s.Length > 5) s = s[3..];
        else if (s.StartsWith("深圳", StringComparison.Ordinal) && s.Length > 4) s = s[2..];
        foreach (var suffix in (string[])["集团股份有限公司", "股份有限公司", "有限责任公司", "有限公司", "株式会社", ", Inc.", " Co., Ltd.", " Ltd.", " S.A.", " AB",
            " NV", " GmbH"])
        {
            if (s.EndsWith(suffix, StringComparison.Ordinal) && s.Length > suffix.Length + 1) return s[..^suffix.Length];
        }
        return s;
    }

    /// <summary>An estimate for fitting text: CJK characters and punctuation (· included) are one em wide, others about 0.6 em.</summary>
    private static double TextWidth(string text, double size) => text.Sum(c => c < 0x2E80 && c != '·' ? 0.6 * size : size);

    private static string Fit(string text, double width, double size)
    {
        if (TextWidth(text, size) <= width) return text;
        var cut = text;
        while (cut.Length > 1 && TextWidth(cut + "…", size) > width) cut = cut[..^1];
        return cut + "…";
    }
}
