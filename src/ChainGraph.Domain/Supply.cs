namespace ChainGraph.Domain;

/// <summary>
/// A supply relation: <see cref="SupplierId"/> provides <see cref="CustomerId"/> with the product of
/// <see cref="SegmentId"/>. <see cref="Share"/> is the fraction (0–1) of the customer's input for that segment,
/// <see cref="AnnualValue"/> is in 万元, <see cref="Substitutability"/> is 0 (irreplaceable) to 1 (commodity).
/// </summary>
public sealed record Supply(
    string SupplierId,
    string CustomerId,
    string SegmentId,
    double Share,
    double? AnnualValue = null,
    double? Substitutability = null,
    int? RecoveryDays = null,
    DateOnly? Since = null);
