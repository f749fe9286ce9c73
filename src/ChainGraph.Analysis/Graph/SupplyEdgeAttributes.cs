namespace ChainGraph.Analysis.Graph;

/// <summary>
/// Supply attributes of the merged edges of a <see cref="SupplyGraph"/>, indexed by edge id (the forward slot).
/// Missing values are NaN (floats) or -1 (<see cref="RecoveryDays"/>). Parallel supplies between the same two
/// enterprises are merged: shares summed and capped at 1, values summed, the longest recovery, the lowest
/// substitutability, and the segment of the first supply in input order.
/// </summary>
public sealed class SupplyEdgeAttributes
{
    private readonly float[] share;
    private readonly int[] segment;
    private readonly float[] annualValue;
    private readonly float[] substitutability;
    private readonly int[] recoveryDays;

    internal SupplyEdgeAttributes(float[] share, int[] segment, float[] annualValue, float[] substitutability, int[] recoveryDays)
    {
        this.share = share;
        this.segment = segment;
        this.annualValue = annualValue;
        this.substitutability = substitutability;
        this.recoveryDays = recoveryDays;
    }

    /// <summary>Fraction (0–1) of the customer's input for the segment.</summary>
    public ReadOnlySpan<float> Share => share;

    /// <summary>Index into <c>Dataset.Segments</c>.</summary>
    public ReadOnlySpan<int> Segment => segment;

    /// <summary>Annual supply value in 万元.</summary>
    public ReadOnlySpan<float> AnnualValue => annualValue;

    /// <summary>0 (irreplaceable) to 1 (commodity).</summary>
    public ReadOnlySpan<float> Substitutability => substitutability;

    /// <summary>Days to replace the supply, -1 when unknown.</summary>
    public ReadOnlySpan<int> RecoveryDays => recoveryDays;
}
