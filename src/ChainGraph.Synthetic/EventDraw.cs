using ChainGraph.Domain;

namespace ChainGraph.Synthetic;

/// <summary>One disruption drawn by <see cref="EventProcess"/> for an enterprise; severity 0–1.</summary>
public readonly record struct EventDraw(DateOnly Date, EventType Type, double Severity);
