namespace ChainGraph.Application.Targets;

/// <summary>The answer to a <see cref="TargetsRequest"/>: the chain's name and its items in checklist order.</summary>
public sealed record TargetsResult(string ChainName, IReadOnlyList<ItemTargets> Items);
