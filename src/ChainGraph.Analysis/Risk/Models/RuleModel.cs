using System.Text.Json.Serialization;
using ChainGraph.Analysis.Risk.Features;

namespace ChainGraph.Analysis.Risk.Models;

/// <summary>
/// The rule of thumb an analyst would use without a model: one point each for overseas, any past disruption,
/// small (annual output under <see cref="SmallOutput"/> 亿元) and young. The raw score is the point count (0–4);
/// calibration turns it into a probability. Each point is the contribution of its feature.
/// </summary>
internal sealed record RuleModel(double SmallOutput) : IScoringModel
{
    private static readonly int Overseas = FeatureCatalog.IndexOf(FeatureCatalog.Overseas);
    private static readonly int PastRate = FeatureCatalog.IndexOf(FeatureCatalog.PastEventRate);
    private static readonly int PastYear = FeatureCatalog.IndexOf(FeatureCatalog.PastEvents1Y);
    private static readonly int LogOutput = FeatureCatalog.IndexOf(FeatureCatalog.LogOutput);
    private static readonly int Young = FeatureCatalog.IndexOf(FeatureCatalog.Young);

    public static RuleModel Default { get; } = new(1.0);

    [JsonIgnore]
    public LikelihoodModelKind Kind => LikelihoodModelKind.Rule;

    [JsonIgnore]
    public double Baseline => 0;

    public double Raw(ReadOnlySpan<double> x)
    {
        Span<double> points = stackalloc double[x.Length];
        Contributions(x, points);
        var total = 0.0;
        foreach (var p in points) total += p;
        return total;
    }

    public void Contributions(ReadOnlySpan<double> x, Span<double> contributions)
    {
        contributions.Clear();
        contributions[Overseas] = x[Overseas] > 0 ? 1 : 0;
        contributions[PastRate] = x[PastRate] > 0 || x[PastYear] > 0 ? 1 : 0;
        contributions[LogOutput] = x[LogOutput] < Math.Log(SmallOutput) ? 1 : 0;
        contributions[Young] = x[Young] > 0 ? 1 : 0;
    }
}
