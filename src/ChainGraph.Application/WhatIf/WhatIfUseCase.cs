using ChainGraph.Analysis.Chains;
using ChainGraph.Analysis.Checklist;
using ChainGraph.Domain;

namespace ChainGraph.Application.WhatIf;

/// <summary>
/// What-if, the same for the API and the CLI: a removal's impact on the local chain owners (owners outside the city are
/// not the bureau's to protect), and an addition's effect on the checklist. A name that matches nothing would silently
/// change nothing, so it is refused with the names that would work.
/// </summary>
public static class WhatIfUseCase
{
    /// <summary>The removal's impact on the local owners.</summary>
    /// <exception cref="InvalidRequestException">Nothing to remove was named, or a name matches nothing.</exception>
    public static DisruptionImpact Remove(ChainAnalyzer analyzer, RemovalRequest request, CancellationToken cancellationToken = default)
    {
        var disruption = new Disruption(request.EnterpriseIds, request.Region, request.Country, request.District);
        Check(disruption, analyzer.Index);
        if (request.ChainId is { } chain) RequireChain(analyzer.Index, chain);
        var removed = analyzer.Simulator.Resolve(disruption);
        var impact = analyzer.Simulator.Simulate(removed, request.ChainId is null ? null : [request.ChainId], cancellationToken);
        return impact with { Owners = [.. impact.Owners.Where(o => analyzer.Index.IsLocal(o.Owner))] };
    }

    /// <summary>The addition's effect on the checklist of the request's chain (of all chains when it names none).</summary>
    /// <exception cref="InvalidRequestException">The firm, district, chain or segment is unknown.</exception>
    public static AdditionImpact Add(ChainAnalyzer analyzer, AdditionRequest request, CancellationToken cancellationToken = default)
    {
        Check(analyzer.Index, request);
        var checklist = analyzer.Checklist(request.ChainId is null ? null : [request.ChainId], cancellationToken);
        return analyzer.SimulateAddition(checklist, request.EnterpriseId, request.District, request.SegmentId);
    }

    /// <summary>The addition's effect on <paramref name="checklist"/> (already built: the API's cached one).</summary>
    /// <exception cref="InvalidRequestException">The firm, district, chain or segment is unknown.</exception>
    public static AdditionImpact Add(ChainAnalyzer analyzer, IReadOnlyList<ChecklistItem> checklist, AdditionRequest request)
    {
        Check(analyzer.Index, request);
        return analyzer.SimulateAddition(checklist, request.EnterpriseId, request.District, request.SegmentId);
    }

    private static void Check(ChainIndex index, AdditionRequest request)
    {
        if (!index.TryGetEnterprise(request.EnterpriseId, out _))
            throw new InvalidRequestException($"enterprise: no enterprise has the credit code '{request.EnterpriseId}'", notFound: true);
        if (!Geography.IsDistrict(request.District))
            throw new InvalidRequestException(
                $"district: unknown district '{request.District}'; districts: {string.Join(", ", Geography.Districts)}");
        if (request.ChainId is { } chain) RequireChain(index, chain);
        var segments = index.Dataset.Segments.Where(s => request.ChainId is null || s.ChainId == request.ChainId)
            .Select(s => s.Id).ToList();
        if (request.SegmentId is { } segment && !segments.Contains(segment))
            throw new InvalidRequestException($"segment: unknown segment '{segment}'; segments: {string.Join(", ", segments)}",
                notFound: true);
    }

    private static void Check(Disruption disruption, ChainIndex index)
    {
        if (disruption.EnterpriseIds.Count == 0 && disruption.Country is null && disruption.Region is null && disruption.District is null)
            throw new InvalidRequestException("say what to remove: enterprises, a country, a region or a district");
        if (disruption.District is { } d && !Geography.IsDistrict(d))
            throw new InvalidRequestException($"district: unknown district '{d}'; districts: {string.Join(", ", Geography.Districts)}");
        if (disruption.Region is { } r && !Geography.IsRegion(r))
            throw new InvalidRequestException($"region: unknown region '{r}'; regions: {string.Join(", ", Geography.Regions)}");
        if (disruption.Country is { } c && index.Dataset.Enterprises.Country.CodeOf(c) < 0)
        {
            var countries = index.Dataset.Enterprises.Country.Values.Order(StringComparer.Ordinal);
            throw new InvalidRequestException($"country: no enterprise in the data is in '{c}'; countries: {string.Join(", ", countries)}");
        }
        var unknown = disruption.EnterpriseIds.Where(id => !index.TryGetEnterprise(id, out _)).ToList();
        if (unknown.Count > 0)
            throw new InvalidRequestException($"enterprises: no enterprise has the credit code {string.Join(", ", unknown.Select(u => $"'{u}'"))}",
                notFound: true);
    }

    private static void RequireChain(ChainIndex index, string chainId)
    {
        if (!index.HasChain(chainId))
            throw new InvalidRequestException(
                $"chain: unknown chain '{chainId}'; chains: {string.Join(", ", index.Chains.Select(c => c.Id))}", notFound: true);
    }
}
