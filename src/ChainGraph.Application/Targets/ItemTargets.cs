using ChainGraph.Analysis.Checklist;

namespace ChainGraph.Application.Targets;

/// <summary>One checklist item with the first candidates of each of its lists, best first.</summary>
public sealed record ItemTargets(ChecklistItem Item, ItemCandidates Candidates);
