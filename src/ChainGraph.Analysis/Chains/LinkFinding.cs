using ChainGraph.Domain;
using ChainGraph.Domain.Text;

namespace ChainGraph.Analysis.Chains;

/// <summary>
/// A missing (缺失) or weak (薄弱) link: a segment, the numbers it was judged on (<see cref="Supply"/>), the baseline
/// that applied and the rules that fired. <see cref="OutsideShare"/> and <see cref="OverseasShare"/> are shares of the
/// local owners' and core firms' input for the segment that come from beyond the city and its metropolitan ring, and
/// from overseas.
/// </summary>
public sealed record LinkFinding(
    string ChainId,
    Segment Segment,
    LinkKind Kind,
    SegmentSupply Supply,
    SegmentBaseline Baseline,
    IReadOnlyList<RuleFinding> Findings)
{
    /// <summary>Capable (live) firms in the city.</summary>
    public int LocalEnterprises => Supply.LocalFirms;

    /// <summary>Capable (live) firms anywhere.</summary>
    public int Enterprises => Supply.TotalFirms;

    public double OutsideShare => Supply.DemandValue > 0 ? 1 - Supply.NearShare : 0;

    public double OverseasShare => Supply.OverseasShare;

    /// <summary>The findings in Chinese.</summary>
    public IReadOnlyList<string> Reasons => [.. Findings.Select(f => f.Text.Zh)];
}

public enum LinkKind
{
    /// <summary>No capable firm in the city (or, configured, in the city and ring) serves the segment.</summary>
    Missing,
    /// <summary>Local capability or capacity falls short of the segment's baseline.</summary>
    Weak,
}

/// <summary>
/// A rule that fired (<see cref="Rule"/> is its word: <c>min_local_firms</c>, <c>min_near_share</c>, …) and what it found.
/// </summary>
public sealed record RuleFinding(string Rule, Localized Text);
