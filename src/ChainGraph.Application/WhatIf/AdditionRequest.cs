namespace ChainGraph.Application.WhatIf;

/// <summary>
/// A what-if addition: <see cref="EnterpriseId"/> (an out-of-city target, or a local firm expanding) supplying from
/// <see cref="District"/>, into <see cref="SegmentId"/> or every segment it serves; judged against the checklist of
/// <see cref="ChainId"/> (all chains when null).
/// </summary>
public sealed record AdditionRequest(string EnterpriseId, string District, string? SegmentId = null, string? ChainId = null);
