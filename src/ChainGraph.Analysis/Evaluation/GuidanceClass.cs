namespace ChainGraph.Analysis.Evaluation;

/// <summary>The four guidance classes of seed 002 §三.(一).</summary>
public enum GuidanceClass
{
    /// <summary>做大做强: support to grow (high technology, value added, growth or tax contribution).</summary>
    SupportToGrow,
    /// <summary>总部留深: keep the headquarters in the city, move production out.</summary>
    KeepHeadquarters,
    /// <summary>有序转移: assist orderly transfer (labour- or resource-intensive, weak pull).</summary>
    AssistTransfer,
    /// <summary>依法淘汰: eliminate according to law (obsolete, energy-intensive capacity).</summary>
    Eliminate,
}
