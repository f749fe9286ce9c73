namespace ChainGraph.Domain;

/// <summary>A key industrial chain (重点产业链).</summary>
public sealed record Chain(string Id, string Name, ChainCategory Category);

public enum ChainCategory
{
    StrategicEmerging,
    AdvantageTraditional,
    Future,
}
