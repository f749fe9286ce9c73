namespace ChainGraph.Analysis.Checklist;

/// <summary>What a checklist item is about, from most to least structural.</summary>
public enum ChecklistItemType
{
    /// <summary>缺失环节: no enterprise in the city serves a segment.</summary>
    Missing,
    /// <summary>"卡脖子": a chokepoint located overseas.</summary>
    ForeignChokepoint,
    /// <summary>关键卡点: an enterprise or relation whose loss cuts an owner off from a key segment.</summary>
    Chokepoint,
    /// <summary>A supplier above the sole-source share of an owner's or core firm's input.</summary>
    SoleSource,
    /// <summary>薄弱环节: too few, too small, or mostly outside suppliers.</summary>
    Weak,
}
