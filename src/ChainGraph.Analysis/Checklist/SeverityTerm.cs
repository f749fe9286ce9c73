using System.Globalization;
using ChainGraph.Domain;
using ChainGraph.Domain.Text;

namespace ChainGraph.Analysis.Checklist;

/// <summary>One term of a severity: its word (<c>spend</c>, <c>replaceability</c>, …), how much it adds, and why.</summary>
public sealed record SeverityTerm(string Term, double Amount, Localized Text)
{
    public string Describe(Language language) => $"+{Amount.ToString("0.00", CultureInfo.InvariantCulture)} {Text.In(language)}";
}
