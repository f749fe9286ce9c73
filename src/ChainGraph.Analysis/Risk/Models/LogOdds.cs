namespace ChainGraph.Analysis.Risk.Models;

/// <summary>The logistic function and its inverse, written to stay finite for large arguments.</summary>
internal static class LogOdds
{
    public static double Sigmoid(double t) => t >= 0 ? 1 / (1 + Math.Exp(-t)) : Math.Exp(t) / (1 + Math.Exp(t));

    public static double Logit(double p) => Math.Log(p / (1 - p));

    /// <summary>ln(1 + eᵗ).</summary>
    public static double Softplus(double t) => t > 30 ? t : t < -30 ? Math.Exp(t) : double.LogP1(Math.Exp(t));
}
