namespace ChainGraph.Domain;

/// <summary>Where a firm is, relative to the city: the split every chain map shows.</summary>
public enum Location
{
    /// <summary>Inside the city (one of its districts).</summary>
    Local,
    /// <summary>
    /// In the metropolitan ring around the city (by default 东莞, 惠州, 河源, 汕尾): near supply, counted apart from
    /// the rest of the province.
    /// </summary>
    Metro,
    /// <summary>Elsewhere in the city's province.</summary>
    Province,
    /// <summary>Elsewhere in the country.</summary>
    Country,
    /// <summary>Outside the country.</summary>
    Overseas,
}
