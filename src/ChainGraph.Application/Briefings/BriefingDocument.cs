using ChainGraph.Analysis.Checklist;

namespace ChainGraph.Application.Briefings;

/// <summary>
/// The rendered briefing of one chain, or of all chains (cover first, then one page per chain), with the checklist it shows.
/// </summary>
public sealed record BriefingDocument(string Title, string Html, IReadOnlyList<ChecklistItem> Checklist);
