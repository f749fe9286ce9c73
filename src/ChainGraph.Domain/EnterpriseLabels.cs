namespace ChainGraph.Domain;

/// <summary>
/// Labels from seed 004 §13 and the bureau's registers; written `listed;champion;little_giant;unicorn;hq_local;innovative_sme;specialized`
/// in files.
/// </summary>
[Flags]
public enum EnterpriseLabels
{
    None = 0,
    /// <summary>Listed on a stock exchange.</summary>
    Listed = 1,
    /// <summary>单项冠军: a manufacturing single-item champion.</summary>
    Champion = 2,
    /// <summary>专精特新"小巨人": a specialised, refined, distinctive and innovative "little giant".</summary>
    LittleGiant = 4,
    /// <summary>独角兽: a unicorn.</summary>
    Unicorn = 8,
    /// <summary>Headquarters in the city.</summary>
    HqLocal = 16,
    /// <summary>创新型中小企业: an innovative small or medium-sized firm (the first rung of the cultivation ladder).</summary>
    InnovativeSme = 32,
    /// <summary>专精特新中小企业: a specialised, refined, distinctive and innovative SME (the rung below the little giant).</summary>
    Specialized = 64,
}
