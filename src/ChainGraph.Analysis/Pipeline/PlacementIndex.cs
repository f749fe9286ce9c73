using ChainGraph.Analysis.Chains;

namespace ChainGraph.Analysis.Pipeline;

/// <summary>Each firm's segments as <see cref="PipelinePlacement"/>s, chain by chain in upstream→downstream order, built once.</summary>
internal sealed class PlacementIndex
{
    private readonly List<PipelinePlacement>?[] _byEnterprise;

    public PlacementIndex(ChainIndex index, IReadOnlySet<string> foreignChokepointSegments)
    {
        _byEnterprise = new List<PipelinePlacement>?[index.Dataset.Enterprises.Count];
        foreach (var chain in index.Chains)
        {
            foreach (var s in index.OrderedSegments[chain.Id])
            {
                var segment = index.Segment(s);
                var placement = new PipelinePlacement(chain.Id, chain.Name, segment.Id, segment.Name, segment.Key,
                    foreignChokepointSegments.Contains(segment.Id));
                foreach (var e in index.Members(s).Distinct()) (_byEnterprise[e] ??= []).Add(placement);
            }
        }
    }

    public IReadOnlyList<PipelinePlacement> Of(int enterprise) => _byEnterprise[enterprise] ?? [];
}
