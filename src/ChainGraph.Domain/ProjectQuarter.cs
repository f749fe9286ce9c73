using System.Text.RegularExpressions;

namespace ChainGraph.Domain;

/// <summary>The quarter a project is reported in, written <c>2026Q4</c> (a four-digit year, <c>Q</c>, 1–4).</summary>
public static partial class ProjectQuarter
{
    public static bool IsValid(string text) => Pattern().IsMatch(text);

    [GeneratedRegex(@"^[12][0-9]{3}Q[1-4]$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
