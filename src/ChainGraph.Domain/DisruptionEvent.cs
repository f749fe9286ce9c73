namespace ChainGraph.Domain;

/// <summary>A past disruption of an enterprise; the history a risk model learns from. Severity is 0–1.</summary>
public sealed record DisruptionEvent(string EnterpriseId, DateOnly Date, EventType Type, double Severity);

public enum EventType
{
    Closure,
    Relocation,
    Sanction,
    CapacityCut,
    Quality,
    Logistics,
}
