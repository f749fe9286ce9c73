namespace ChainGraph.Application.WhatIf;

/// <summary>
/// A what-if removal: these enterprises, and every enterprise of a region, country or district, taken out of the chains;
/// the impact on the local chain owners of <see cref="ChainId"/> (all chains when null).
/// </summary>
public sealed record RemovalRequest(IReadOnlyList<string> EnterpriseIds, string? Region = null, string? Country = null,
    string? District = null, string? ChainId = null);
