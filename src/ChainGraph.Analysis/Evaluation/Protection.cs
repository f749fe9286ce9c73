namespace ChainGraph.Analysis.Evaluation;

/// <summary>
/// Why a firm is never advised to transfer or close: its place in the city's key chains or its national label
/// (the manufacturing measures, 第12–13条 and 第15条).
/// </summary>
[Flags]
public enum Protection
{
    None = 0,
    /// <summary>链主企业: recorded as a chain owner.</summary>
    ChainOwner = 1,
    /// <summary>核心配套企业: recorded as a core supporting enterprise of a chain.</summary>
    CoreSupplier = 2,
    /// <summary>专精特新"小巨人".</summary>
    LittleGiant = 4,
    /// <summary>制造业单项冠军.</summary>
    Champion = 8,
}
