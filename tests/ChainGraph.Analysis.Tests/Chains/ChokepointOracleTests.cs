using ChainGraph.Analysis.Chains;
using ChainGraph.Domain;

namespace ChainGraph.Analysis.Tests.Chains;

/// <summary>
/// Checks chokepoints against brute force on random layered chains: a node is a single point of failure exactly
/// when removing it leaves the owner with no path from any supplier of the key segment; a reported cut must
/// disconnect, and no smaller one may exist.
/// </summary>
public sealed class ChokepointOracleTests
{
    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, 60)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Find_RandomChain_AgreesWithRemovalBruteForce(int seed)
    {
        var (dataset, owner) = RandomChain(new Random(seed));
        var index = new ChainIndex(dataset);
        var keySuppliers = index.Supplies(0).Select(r => dataset.Supplies.Supplier[r]).Distinct().ToList();

        var found = new ChokepointFinder(index, AnalysisSettings.Default).Find("c");

        var reachable = keySuppliers.Where(s => Reaches(dataset, s, owner, [])).ToList();
        var expected = Enumerable.Range(0, dataset.Enterprises.Count)
            .Where(v => v != owner && reachable.Count > 0 && !reachable.Any(s => s != v && Reaches(dataset, s, owner, [v])))
            .ToHashSet();
        found.Where(c => c.Kind == ChokepointKind.Dominator).Select(c => c.Enterprises[0]).Should().BeEquivalentTo(expected);
        foreach (var cut in found.Where(c => c.Kind == ChokepointKind.Cut))
        {
            expected.Should().BeEmpty("a cut is only reported when no single enterprise cuts");
            var removed = cut.Enterprises.ToHashSet();
            reachable.Where(s => !removed.Contains(s)).Any(s => Reaches(dataset, s, owner, removed)).Should().BeFalse("the cut must disconnect");
        }
        if (expected.Count == 0 && reachable.Count > 0 && !found.Any(c => c.Kind == ChokepointKind.Cut))
            HasCutOfSizeTwo(dataset, reachable, owner).Should().BeFalse("no cut was reported, so none of size ≤ 2 may exist");
    }

    private static bool HasCutOfSizeTwo(Dataset d, List<int> sources, int owner)
    {
        var n = d.Enterprises.Count;
        for (var a = 0; a < n; a++)
            for (var b = a + 1; b < n; b++)
                if (a != owner && b != owner && sources.Where(s => s != a && s != b).All(s => !Reaches(d, s, owner, [a, b]))) return true;
        return false;
    }

    private static bool Reaches(Dataset d, int from, int to, HashSet<int> removed)
    {
        if (removed.Contains(from)) return false;
        var seen = new HashSet<int> { from };
        var queue = new Queue<int>([from]);
        while (queue.Count > 0)
        {
            var u = queue.Dequeue();
            if (u == to) return true;
            for (var r = 0; r < d.Supplies.Count; r++)
            {
                if (d.Supplies.Supplier[r] != u) continue;
                var v = d.Supplies.Customer[r];
                if (!removed.Contains(v) && seen.Add(v)) queue.Enqueue(v);
            }
        }
        return false;
    }

    // Layers: key segment (0) → 1–3 middle segments → owner. Random sparse supplies between consecutive layers, some skips.
    private static (Dataset, int Owner) RandomChain(Random random)
    {
        var layers = random.Next(2, 5);
        var b = new ChainDatasetBuilder();
        for (var l = 0; l < layers; l++) b.Segment($"s{l}", l == 0 ? Stage.Upstream : Stage.Midstream, key: l == 0);
        b.Segment("top", Stage.Downstream);
        b.Owner("owner", "top");
        var firms = new List<List<string>>();
        for (var l = 0; l < layers; l++)
        {
            var count = random.Next(1, 5);
            firms.Add([.. Enumerable.Range(0, count).Select(i => $"f{l}_{i}")]);
            foreach (var f in firms[l]) b.Firm(f, $"s{l}", random.Next(4) == 0 ? "overseas" : "local");
        }
        firms.Add(["owner"]);
        for (var l = 0; l < layers; l++)
        {
            foreach (var supplier in firms[l])
            {
                var targets = firms[l + 1].OrderBy(_ => random.Next()).Take(random.Next(1, 3)).ToList();
                if (l + 2 < firms.Count && random.Next(5) == 0) targets.Add(firms[l + 2][0]);
                foreach (var customer in targets.Distinct()) b.Supply(supplier, customer, $"s{l}", 0.1);
            }
        }
        return (b.Build(), b["owner"]);
    }
}
