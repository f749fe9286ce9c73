using ChainGraph.Domain;

namespace ChainGraph.Storage.Import;

/// <summary>
/// A membership as validation accepted it: the enterprise and segment as the validator's own indices (see
/// <see cref="ValidatedRows"/>), and the role. Ordered by enterprise, then segment: the <c>enterprise_segments</c> table's
/// key order when the indices follow the store's row ids.
/// </summary>
internal readonly record struct ValidatedMembership(int Enterprise, int Segment, SegmentRole Role) : IComparable<ValidatedMembership>
{
    public int CompareTo(ValidatedMembership other)
    {
        var byEnterprise = Enterprise.CompareTo(other.Enterprise);
        return byEnterprise != 0 ? byEnterprise : Segment.CompareTo(other.Segment);
    }
}
