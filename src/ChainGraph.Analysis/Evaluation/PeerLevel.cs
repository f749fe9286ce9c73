namespace ChainGraph.Analysis.Evaluation;

/// <summary>
/// The levels of the industry classification (GB/T 4754) a peer group can be drawn at, finest first; a firm is compared
/// at the finest level with enough peers.
/// </summary>
public enum PeerLevel
{
    /// <summary>行业小类: the 4-digit class (e.g. C3981).</summary>
    IndustryClass,
    /// <summary>行业中类: the 3-digit group (C398).</summary>
    IndustryGroup,
    /// <summary>行业大类: the 2-digit major group (C39).</summary>
    IndustryMajor,
    /// <summary>行业门类: the section letter (C).</summary>
    Section,
    /// <summary>全部参评企业: every evaluated firm (no industry level had enough peers).</summary>
    All,
}
