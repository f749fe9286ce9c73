using ChainGraph.Domain;
using ChainGraph.Analysis.Graph;

namespace ChainGraph.Analysis.Tests.Graph;

public sealed class DatasetGraphTests
{
    [Fact]
    public void FromDataset_ParallelSupplies_AttributesMergedByTheDocumentedRules()
    {
        // 0 → 1 three times (segments 2, 0, 1), 1 → 2 once, 2 → 2 a self-loop.
        var graph = GraphBuilder.FromDataset(Dataset(
            supplier: [0, 0, 1, 0, 2],
            customer: [1, 1, 2, 1, 2],
            segment: [2, 0, 1, 1, 0],
            share: [0.5f, 0.7f, 0.3f, float.NaN, 1f],
            value: [10f, float.NaN, 5f, 2.5f, 1f],
            substitutability: [0.8f, 0.2f, float.NaN, float.NaN, 0f],
            recovery: [30, -1, -1, 90, 5]));
        graph.EdgeCount.Should().Be(2);
        var edge = graph.FindEdge(0, 1);
        var attributes = graph.Attributes!;
        attributes.Share[edge].Should().Be(1f, "0.5 + 0.7 capped at 1, the unknown share ignored");
        attributes.AnnualValue[edge].Should().Be(12.5f);
        attributes.Substitutability[edge].Should().Be(0.2f);
        attributes.RecoveryDays[edge].Should().Be(90);
        attributes.Segment[edge].Should().Be(2, "the first supply in input order");
        var single = graph.FindEdge(1, 2);
        attributes.Share[single].Should().Be(0.3f);
        float.IsNaN(attributes.Substitutability[single]).Should().BeTrue();
        attributes.RecoveryDays[single].Should().Be(-1);
    }

    [Fact]
    public void FromDataset_Filter_KeepsOnlyAcceptedRowsButEveryEnterprise()
    {
        var dataset = Dataset([0, 1], [1, 2], [0, 1], [0.4f, 0.6f], [1f, 2f], [0.5f, 0.5f], [1, 2]);
        var graph = GraphBuilder.FromDataset(dataset, row => dataset.Supplies.Segment[row] == 1);
        graph.NodeCount.Should().Be(3);
        graph.NodeIds.Should().Equal("E0", "E1", "E2");
        graph.EdgeCount.Should().Be(1);
        graph.Attributes!.Share[graph.FindEdge(1, 2)].Should().Be(0.6f);
    }

    private static Dataset Dataset(int[] supplier, int[] customer, int[] segment, float[] share, float[] value, float[] substitutability, int[] recovery) => new DatasetBuilder
    {
        Enterprises = [.. Enumerable.Range(0, 3).Select(i => new Enterprise($"E{i}", $"Firm {i}", null, null, "CN", null, 1))],
        Chains = [new Chain("c", "链", ChainCategory.Future)],
        Segments = [.. Enumerable.Range(0, 3).Select(i => new Segment($"S{i}", "c", $"环节{i}", Stage.Midstream, false))],
        SegmentLinks = [],
        Memberships = [],
        Supplies = SupplyColumns.Adopt(supplier, customer, segment, share, value, substitutability, recovery).ToTable(),
        Events = [],
    }.Build();
}
