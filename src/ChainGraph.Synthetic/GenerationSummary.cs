namespace ChainGraph.Synthetic;

/// <summary>Row counts of a generated dataset, per file.</summary>
public sealed record GenerationSummary(long Chains, long Segments, long SegmentLinks, long Enterprises, long Memberships, long Supplies,
    long Events)
{
    /// <summary>The one-line summary `chaingraph generate` prints.</summary>
    public string Describe() =>
        $"chains {Chains}, segments {Segments}, segment_links {SegmentLinks}, enterprises {Enterprises}, " +
        $"enterprise_segments {Memberships}, supplies {Supplies}, events {Events}";
}
