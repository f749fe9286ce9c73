using ChainGraph.Analysis.Risk.Models;

namespace ChainGraph.Analysis.Risk.Scoring;

/// <summary>
/// Likelihood scores of every enterprise that exists at <see cref="AsOf"/>, from one model, for a disruption within
/// <see cref="HorizonMonths"/> months. Immutable; look-ups by enterprise index or id.
/// </summary>
public sealed class LikelihoodScores
{
    private readonly Dictionary<int, LikelihoodScore> _byEnterprise;
    private readonly Dictionary<string, LikelihoodScore> _byId;

    internal LikelihoodScores(DateOnly asOf, int horizonMonths, LikelihoodModelKind model, IReadOnlyList<LikelihoodScore> scores)
    {
        AsOf = asOf;
        HorizonMonths = horizonMonths;
        Model = model;
        Scores = scores;
        _byEnterprise = scores.ToDictionary(s => s.Enterprise);
        _byId = scores.GroupBy(s => s.EnterpriseId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    public DateOnly AsOf { get; }

    public int HorizonMonths { get; }

    public LikelihoodModelKind Model { get; }

    public IReadOnlyList<LikelihoodScore> Scores { get; }

    /// <summary>The score of an enterprise index, or null when it did not exist at <see cref="AsOf"/>.</summary>
    public LikelihoodScore? Of(int enterprise) => _byEnterprise.GetValueOrDefault(enterprise);

    public LikelihoodScore? Of(string enterpriseId) => _byId.GetValueOrDefault(enterpriseId);
}
