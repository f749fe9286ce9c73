using System.Globalization;
using System.Text;
using ChainGraph.Analysis.Chains;
using ChainGraph.Analysis.Domain;
using static System.Net.WebUtility;

namespace ChainGraph.Analysis.Briefings;

/// <summary>
/// The chain map thumbnail as static SVG: one column per segment (upstream → downstream), one dot per enterprise
/// coloured by location, chokepoint enterprises ringed in red, missing segments dashed red and weak ones orange.
/// A column shows at most <see cref="DotsPerColumn"/> dots (chokepoints first, then by output) and the full count.
/// </summary>
public static class ChainMapSvg
{
    public const int DotsPerColumn = 60;
    private const int Width = 760, Top = 30, BoxHeight = 136, Spacing = 11, Radius = 4;

    public static string Render(ChainBriefing briefing, ChainIndex index)
    {
        var segments = briefing.Map.Segments;
        var columnWidth = segments.Count == 0 ? Width : (double)Width / segments.Count;
        var links = briefing.Links.ToDictionary(l => l.Segment.Id, l => l.Kind);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"map\" width=\"{Width}\" height=\"{Top + BoxHeight + 30}\" viewBox=\"0 0 {Width} {Top + BoxHeight + 30}\" role=\"img\" aria-label=\"{HtmlEncode(briefing.Chain.Name)}\">");
        foreach (var segment in segments)
        {
            var x = segment.Position * columnWidth;
            Column(svg, segment, x, columnWidth, links.TryGetValue(segment.Segment.Id, out var kind) ? kind : null, briefing, index);
            if (segment.Position > 0) svg.Append(CultureInfo.InvariantCulture, $"<path d=\"M{x - 5:0.#},{Top + BoxHeight / 2 - 5} l6,5 l-6,5\" fill=\"none\" stroke=\"#78909c\"/>");
        }
        Legend(svg, Top + BoxHeight + 20);
        return svg.Append("</svg>").ToString();
    }

    private static void Column(StringBuilder svg, SegmentMap segment, double x, double width, LinkKind? kind, ChainBriefing briefing, ChainIndex index)
    {
        var stroke = kind switch { LinkKind.Missing => BriefingVocabulary.ChokepointColour, LinkKind.Weak => BriefingVocabulary.WeakColour, _ => "#b0bec5" };
        var dash = kind == LinkKind.Missing ? " stroke-dasharray=\"5 3\"" : "";
        svg.Append(CultureInfo.InvariantCulture,
            $"<text x=\"{x + width / 2:0.#}\" y=\"{Top - 10}\" text-anchor=\"middle\" font-size=\"12\" font-weight=\"bold\">{HtmlEncode(Shorten(segment.Segment.Name, (int)(width / 12)))}</text>" +
            $"<rect x=\"{x + 4:0.#}\" y=\"{Top}\" width=\"{width - 12:0.#}\" height=\"{BoxHeight}\" rx=\"4\" fill=\"#fafafa\" stroke=\"{stroke}\" stroke-width=\"1.5\"{dash}/>");
        if (segment.Enterprises.Count == 0)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + width / 2:0.#}\" y=\"{Top + BoxHeight / 2}\" text-anchor=\"middle\" font-size=\"12\" fill=\"{BriefingVocabulary.ChokepointColour}\">缺失</text>");
            return;
        }
        var perRow = Math.Max(1, (int)((width - 20) / Spacing));
        var shown = segment.Enterprises
            .OrderByDescending(e => briefing.ChokepointEnterprises.Contains(e))
            .ThenByDescending(e => index.Enterprise(e).AnnualOutput)
            .Take(Math.Min(DotsPerColumn, perRow * ((BoxHeight - 24) / Spacing)))
            .ToList();
        for (var i = 0; i < shown.Count; i++)
        {
            var e = shown[i];
            var cx = x + 10 + Radius + i % perRow * Spacing;
            var cy = Top + 10 + Radius + i / perRow * Spacing;
            var ring = briefing.ChokepointEnterprises.Contains(e) ? $" stroke=\"{BriefingVocabulary.ChokepointColour}\" stroke-width=\"2\"" : "";
            svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{cx:0.#}\" cy=\"{cy:0.#}\" r=\"{Radius}\" fill=\"{BriefingVocabulary.Colour(index.Locations[e])}\"{ring}/>");
        }
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + width / 2:0.#}\" y=\"{Top + BoxHeight - 6}\" text-anchor=\"middle\" font-size=\"11\" fill=\"#455a64\">{segment.Enterprises.Count} 家</text>");
    }

    private static void Legend(StringBuilder svg, int y)
    {
        var x = 4;
        foreach (var location in Enum.GetValues<Location>())
        {
            svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{x + 5}\" cy=\"{y - 4}\" r=\"{Radius}\" fill=\"{BriefingVocabulary.Colour(location)}\"/><text x=\"{x + 13}\" y=\"{y}\" font-size=\"11\">{BriefingVocabulary.Chinese(location)}</text>");
            x += 52;
        }
        svg.Append(CultureInfo.InvariantCulture,
            $"<circle cx=\"{x + 5}\" cy=\"{y - 4}\" r=\"{Radius}\" fill=\"#fff\" stroke=\"{BriefingVocabulary.ChokepointColour}\" stroke-width=\"2\"/><text x=\"{x + 13}\" y=\"{y}\" font-size=\"11\">关键卡点</text>" +
            $"<rect x=\"{x + 80}\" y=\"{y - 10}\" width=\"14\" height=\"10\" fill=\"none\" stroke=\"{BriefingVocabulary.ChokepointColour}\" stroke-dasharray=\"3 2\"/><text x=\"{x + 98}\" y=\"{y}\" font-size=\"11\">缺失环节</text>" +
            $"<rect x=\"{x + 160}\" y=\"{y - 10}\" width=\"14\" height=\"10\" fill=\"none\" stroke=\"{BriefingVocabulary.WeakColour}\"/><text x=\"{x + 178}\" y=\"{y}\" font-size=\"11\">薄弱环节</text>");
    }

    private static string Shorten(string text, int max) => text.Length <= Math.Max(2, max) ? text : text[..Math.Max(1, max - 1)] + "…";
}
