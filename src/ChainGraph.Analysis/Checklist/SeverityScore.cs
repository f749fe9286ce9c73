using System.Globalization;

namespace ChainGraph.Analysis.Checklist;

/// <summary>A severity built from named terms, so every score can say what it is made of. Capped at 1.</summary>
internal sealed class SeverityScore
{
    private readonly List<string> _reasons = [];
    private double _sum;

    public double Value => Math.Round(Math.Min(1, _sum), 3);

    public IReadOnlyList<string> Reasons => _reasons;

    public void Add(double amount, string because)
    {
        if (amount <= 0) return;
        _sum += amount;
        _reasons.Add($"+{amount.ToString("0.00", CultureInfo.InvariantCulture)} {because}");
    }
}
