namespace ChainGraph.Api.Printing;

/// <summary>One briefing PDF: the chain, the data version it shows, the day it is dated and its language.</summary>
public sealed record BriefingPdfKey(string ChainId, long Version, DateOnly Day, Domain.Text.Language Language = Domain.Text.Language.Zh);
