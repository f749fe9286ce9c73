using ChainGraph.Domain;

namespace ChainGraph.Analysis.Graph;

/// <summary>
/// Folds the supply rows behind each merged edge into one set of attributes (rules on <see cref="SupplyEdgeAttributes"/>).
/// </summary>
internal static class SupplyAttributeMerger
{
    /// <param name="table">All supplies.</param>
    /// <param name="rows">The selected rows (the CSR's input index i is row <c>rows[i]</c>), or null for all rows.</param>
    /// <param name="csr">Forward CSR built with tracked origins.</param>
    public static SupplyEdgeAttributes Merge(SupplyTable table, int[]? rows, ForwardCsr csr)
    {
        var origins = csr.Origins!;
        var groups = csr.GroupStarts!;
        var m = groups.Length - 1;
        var share = new float[m];
        var segment = new int[m];
        var value = new float[m];
        var substitutability = new float[m];
        var recovery = new int[m];
        for (var e = 0; e < m; e++)
        {
            var first = Row(origins[groups[e]], rows);
            segment[e] = table.Segment[first];
            share[e] = table.Share[first];
            value[e] = table.AnnualValue[first];
            substitutability[e] = table.Substitutability[first];
            recovery[e] = table.RecoveryDays[first];
            for (var k = groups[e] + 1; k < groups[e + 1]; k++)
            {
                var row = Row(origins[k], rows);
                share[e] = SumKnown(share[e], table.Share[row]);
                value[e] = SumKnown(value[e], table.AnnualValue[row]);
                substitutability[e] = MinKnown(substitutability[e], table.Substitutability[row]);
                recovery[e] = Math.Max(recovery[e], table.RecoveryDays[row]);
            }
            share[e] = Math.Min(share[e], 1f);
        }
        return new SupplyEdgeAttributes(share, segment, value, substitutability, recovery);
    }

    private static int Row(int input, int[]? rows) => rows is null ? input : rows[input];

    // NaN means unknown: an unknown part does not make a known total unknown.
    private static float SumKnown(float a, float b) => float.IsNaN(a) ? b : float.IsNaN(b) ? a : a + b;

    private static float MinKnown(float a, float b) => float.IsNaN(a) ? b : float.IsNaN(b) ? a : Math.Min(a, b);
}
