using ChainGraph.Domain;
using ChainGraph.Domain.Text;

namespace ChainGraph.Analysis.Checklist;

/// <summary>A severity built from named terms, so every score can say what it is made of. Capped at 1.</summary>
internal sealed class SeverityScore
{
    private readonly List<SeverityTerm> _terms = [];
    private double _sum;

    public double Value => Math.Round(Math.Min(1, _sum), 4);

    public IReadOnlyList<SeverityTerm> Terms => _terms;

    public void Add(string term, double amount, string chinese, string english)
    {
        if (amount <= 0.0005) return;
        _sum += amount;
        _terms.Add(new SeverityTerm(term, Math.Round(amount, 4), new Localized(chinese, english)));
    }
}
