namespace ChainGraph.Analysis.Risk.Models;

/// <summary>Settings of the L2-regularised logistic regression.</summary>
public sealed record LogisticOptions
{
    /// <summary>λ in the penalised log-likelihood ℓ(β) − λ/2 ‖w‖² on standardised features; the intercept is not penalised.</summary>
    public double L2 { get; init; } = 1.0;

    public int MaxIterations { get; init; } = 50;

    /// <summary>IRLS stops when no coefficient moves by more than this.</summary>
    public double Tolerance { get; init; } = 1e-9;

    public static LogisticOptions Default { get; } = new();
}
