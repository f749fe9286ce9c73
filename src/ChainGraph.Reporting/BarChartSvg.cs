using System.Globalization;
using System.Text;
using static System.Net.WebUtility;

namespace ChainGraph.Reporting;

/// <summary>A horizontal bar chart as inline SVG (no script, prints as vectors). Labels are escaped.</summary>
public static class BarChartSvg
{
    public sealed record Bar(string Label, double Value, string Colour);

    public static string Render(IReadOnlyList<Bar> bars, int width = 320, int rowHeight = 22)
    {
        const int labelWidth = 64, valueWidth = 40;
        var max = bars.Count == 0 ? 0 : bars.Max(b => b.Value);
        var plot = width - labelWidth - valueWidth;
        var height = Math.Max(1, bars.Count) * rowHeight;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"bars\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" role=\"img\">");
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var y = i * rowHeight;
            var length = max <= 0 ? 0 : Math.Max(bar.Value > 0 ? 2 : 0, plot * bar.Value / max);
            svg.Append(CultureInfo.InvariantCulture,
                $"<text x=\"{labelWidth - 6}\" y=\"{y + rowHeight * 0.68:0.#}\" text-anchor=\"end\" font-size=\"12\">{HtmlEncode(bar.Label)}</text>" +
                $"<rect x=\"{labelWidth}\" y=\"{y + 4}\" width=\"{length:0.#}\" height=\"{rowHeight - 8}\" fill=\"{HtmlEncode(bar.Colour)}\"/>" +
                $"<text x=\"{labelWidth + length + 4:0.#}\" y=\"{y + rowHeight * 0.68:0.#}\" font-size=\"12\">{bar.Value.ToString("0.##", CultureInfo.InvariantCulture)}</text>");
        }
        return svg.Append("</svg>").ToString();
    }
}
