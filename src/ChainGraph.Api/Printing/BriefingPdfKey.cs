namespace ChainGraph.Api.Printing;

/// <summary>One briefing PDF: the chain, the data version it shows and the day it is dated.</summary>
public sealed record BriefingPdfKey(string ChainId, long Version, DateOnly Day);
