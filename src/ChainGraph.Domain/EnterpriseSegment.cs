namespace ChainGraph.Domain;

/// <summary>An enterprise's role in a segment of a chain.</summary>
public sealed record EnterpriseSegment(string EnterpriseId, string SegmentId, SegmentRole Role);

public enum SegmentRole
{
    /// <summary>链主企业: the chain owner, integrating the chain.</summary>
    Owner,
    /// <summary>核心配套企业: a supplier an owner depends on directly for a key segment.</summary>
    Core,
    Supplier,
}
