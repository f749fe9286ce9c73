using ChainGraph.Analysis.Risk.Features;

namespace ChainGraph.Analysis.Risk.Training;

/// <summary>Feature rows (row-major, <see cref="FeatureCatalog"/> columns) with their labels and enterprise indices.</summary>
internal sealed record LabelledRows(double[] Values, bool[] Labels, int[] Enterprises)
{
    public int Count => Labels.Length;

    public int Positives => Labels.Count(l => l);

    public ReadOnlySpan<double> Row(int row) => Values.AsSpan(row * FeatureCatalog.Count, FeatureCatalog.Count);

    public static LabelledRows Of(FeatureBuilder builder, TrainingWindow window)
    {
        var matrix = builder.Build(window.Start);
        var (values, _) = FeatureMatrix.Stack([matrix]);
        return new LabelledRows(values, builder.Labels(matrix, window.Start, window.End), [.. matrix.Enterprises]);
    }

    public static LabelledRows Concat(IReadOnlyList<LabelledRows> parts) => new(
        [.. parts.SelectMany(p => p.Values)], [.. parts.SelectMany(p => p.Labels)], [.. parts.SelectMany(p => p.Enterprises)]);

    /// <summary>
    /// Splits by enterprise: a seeded <paramref name="fraction"/> of the enterprises (all their rows) goes to the second part.
    /// </summary>
    public (LabelledRows Kept, LabelledRows HeldOut) SplitByEnterprise(double fraction, int seed)
    {
        var enterprises = Enterprises.Distinct().Order().ToArray();
        new Random(seed).Shuffle(enterprises);
        var heldOut = enterprises.Take((int)Math.Round(enterprises.Length * fraction)).ToHashSet();
        return (Select(i => !heldOut.Contains(Enterprises[i])), Select(i => heldOut.Contains(Enterprises[i])));
    }

    private LabelledRows Select(Func<int, bool> keep)
    {
        var rows = Enumerable.Range(0, Count).Where(keep).ToArray();
        var values = new double[rows.Length * FeatureCatalog.Count];
        for (var k = 0; k < rows.Length; k++) Row(rows[k]).CopyTo(values.AsSpan(k * FeatureCatalog.Count));
        return new LabelledRows(values, [.. rows.Select(r => Labels[r])], [.. rows.Select(r => Enterprises[r])]);
    }
}
