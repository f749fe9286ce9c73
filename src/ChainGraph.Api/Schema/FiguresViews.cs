using ChainGraph.Analysis.Chains;
using ChainGraph.Domain;
using ChainGraph.Analysis.Evaluation;
using ChainGraph.Analysis.Figures;

namespace ChainGraph.Api.Schema;

/// <summary>The quarterly figures of a chain or district; <c>summary</c> is resolved in the requested language.</summary>
public sealed record AreaFiguresView(AreaFigures Figures)
{
    public string Id => Figures.Id;
    public string Name => Figures.Name;
    public double? LocalSupplyShare => Figures.Supply.LocalShare;
    public double? NearSupplyShare => Figures.Supply.NearShare;
    public double InputValue => Figures.Supply.Value.Total;
    public LocationSplit InputByLocation => Figures.Supply.Value;
    public IEnumerable<GuidanceClassCount> FirmsByClass => Figures.FirmsByClass.Select(kv => new GuidanceClassCount(kv.Key, kv.Value));
    public int Unclassified => Figures.Unclassified;
    public int Items => Figures.Items;
    public ChangeCounts? Changes => Figures.Changes;
    public IEnumerable<ProjectStatusCount> Projects => Figures.Projects.Select(kv => new ProjectStatusCount(kv.Key, kv.Value));
}

/// <summary>Firms of one guidance class.</summary>
public sealed record GuidanceClassCount(GuidanceClass GuidanceClass, int Count);

/// <summary>Projects of one approval status.</summary>
public sealed record ProjectStatusCount(ProjectStatus Status, int Count);
