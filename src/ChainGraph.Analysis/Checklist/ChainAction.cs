namespace ChainGraph.Analysis.Checklist;

/// <summary>The actions of seed 004: 强链 strengthen, 补链 fill, 稳链 stabilise, 延链 extend.</summary>
public enum ChainAction
{
    /// <summary>强链: strengthen a weak link.</summary>
    Strengthen,
    /// <summary>补链: fill a missing link.</summary>
    Fill,
    /// <summary>稳链: stabilise a fragile one (chokepoints, sole sources).</summary>
    Stabilise,
    /// <summary>延链: extend the chain downstream.</summary>
    Extend,
}

public static class ChainActions
{
    public static string Chinese(ChainAction action) => action switch
    {
        ChainAction.Strengthen => "强链",
        ChainAction.Fill => "补链",
        ChainAction.Stabilise => "稳链",
        _ => "延链",
    };
}
