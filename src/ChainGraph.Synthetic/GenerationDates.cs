namespace ChainGraph.Synthetic;

/// <summary>The fixed calendar of generated data, so output never depends on when it is generated.</summary>
public static class GenerationDates
{
    /// <summary>The "as of" date every dataset describes.</summary>
    public static readonly DateOnly AsOf = new(2026, 9, 30);

    /// <summary>The first day of the disruption history in <c>events.csv</c>.</summary>
    public static readonly DateOnly HistoryStart = new(2019, 1, 1);

    /// <summary>Supply relations recorded before this day are dated this day (the bureau's mapping started then).</summary>
    public static readonly DateOnly EarliestSupply = new(2000, 1, 1);
}
