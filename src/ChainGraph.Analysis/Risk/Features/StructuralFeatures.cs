using ChainGraph.Domain;
using ChainGraph.Analysis.Graph;

namespace ChainGraph.Analysis.Risk.Features;

/// <summary>
/// The features of each enterprise that come from the supply network and memberships rather than from time:
/// supplier concentration, sole-source dependence, degree, PageRank and sanctions exposure. The supply table has no
/// history, so these are the snapshot's values for every as-of date.
/// </summary>
internal sealed class StructuralFeatures
{
    public StructuralFeatures(Dataset dataset, FeatureOptions options, CancellationToken cancellationToken)
    {
        var n = dataset.Enterprises.Count;
        (SupplierHhi, SoleSourceDependence) = Concentration(dataset.Supplies, n, options.SoleSourceShare);
        LogDegree = Degrees(dataset.Supplies, n);
        PageRank = LogPageRank(dataset, cancellationToken);
        SanctionsExposed = Exposure(dataset, options);
    }

    public double[] SupplierHhi { get; }

    public double[] SoleSourceDependence { get; }

    public double[] LogDegree { get; }

    public double[] PageRank { get; }

    public bool[] SanctionsExposed { get; }

    // Rows grouped by (customer, segment) once; each group gives an HHI of normalised shares and a sole-source flag.
    private static (double[] Hhi, double[] Sole) Concentration(SupplyTable supplies, int n, double soleShare)
    {
        var rows = Enumerable.Range(0, supplies.Count).OrderBy(r => supplies.Customer[r]).ThenBy(r => supplies.Segment[r]).ToArray();
        var hhiSum = new double[n];
        var soleCount = new double[n];
        var groups = new int[n];
        for (var start = 0; start < rows.Length;)
        {
            var (customer, segment) = (supplies.Customer[rows[start]], supplies.Segment[rows[start]]);
            var end = start;
            double total = 0, squares = 0, largest = 0;
            for (; end < rows.Length && supplies.Customer[rows[end]] == customer && supplies.Segment[rows[end]] == segment; end++)
            {
                var share = Math.Max(0, (double)supplies.Share[rows[end]]);
                total += share;
                squares += share * share;
                largest = Math.Max(largest, share);
            }
            hhiSum[customer] += total > 0 ? squares / (total * total) : 0;
            soleCount[customer] += largest > soleShare ? 1 : 0;
            groups[customer]++;
            start = end;
        }
        for (var e = 0; e < n; e++)
        {
            if (groups[e] == 0) continue;
            hhiSum[e] /= groups[e];
            soleCount[e] /= groups[e];
        }
        return (hhiSum, soleCount);
    }

    private static double[] Degrees(SupplyTable supplies, int n)
    {
        var pairs = new HashSet<long>();
        var degree = new double[n];
        for (var r = 0; r < supplies.Count; r++)
        {
            var (s, c) = (supplies.Supplier[r], supplies.Customer[r]);
            if (!pairs.Add(((long)s << 32) | (uint)c)) continue;
            degree[s]++;
            degree[c]++;
        }
        for (var e = 0; e < n; e++) degree[e] = Math.Log(1 + degree[e]);
        return degree;
    }

    private static double[] LogPageRank(Dataset dataset, CancellationToken cancellationToken)
    {
        var n = dataset.Enterprises.Count;
        if (n == 0) return [];
        var scores = Algorithms.PageRank.Compute(GraphBuilder.FromDataset(dataset), EdgeDirection.Reverse,
            cancellationToken: cancellationToken).Scores;
        return [.. scores.Select(s => Math.Log(Math.Max(s * n, 1e-6)))];
    }

    private static bool[] Exposure(Dataset dataset, FeatureOptions options)
    {
        var controlled = options.ExportControlledSegments.ToHashSet(StringComparer.Ordinal);
        var countries = options.ControllingCountries.ToHashSet(StringComparer.Ordinal);
        var (memberships, firms) = (dataset.Memberships, dataset.Enterprises);
        var exposed = new bool[firms.Count];
        for (var m = 0; m < memberships.Count; m++)
            if (controlled.Contains(dataset.Segments[memberships.Segment(m)].Id)) exposed[memberships.Enterprise(m)] = true;
        var fromControlling = firms.Country.Values.Select(countries.Contains).ToArray();
        for (var e = 0; e < exposed.Length; e++) exposed[e] &= fromControlling[firms.Country.Code(e)];
        return exposed;
    }
}
