namespace ChainGraph.Analysis.Risk.Models;

/// <summary>Settings of the L2-regularised logistic regression (ML.NET's L-BFGS trainer).</summary>
public sealed record LogisticOptions
{
    /// <summary>λ in the penalised log-likelihood ℓ(β) − λ/2 ‖w‖² on standardised features; the intercept is not penalised.</summary>
    public double L2 { get; init; } = 1.0;

    public int MaxIterations { get; init; } = 1000;

    /// <summary>L-BFGS stops when the relative improvement of the objective is below this (ML.NET's optimisation tolerance).</summary>
    public double Tolerance { get; init; } = 1e-7;

    public static LogisticOptions Default { get; } = new();
}
