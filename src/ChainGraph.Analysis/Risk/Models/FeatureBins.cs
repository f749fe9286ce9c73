namespace ChainGraph.Analysis.Risk.Models;

/// <summary>
/// Histogram bins of the training rows: per feature, ascending edges e₀ &lt; e₁ &lt; … ; a value falls in the first bin k
/// with value ≤ eₖ (the last bin takes everything above). Features with few distinct values get one edge between each
/// pair (midpoints), others an edge at each quantile k / maxBins. Bins are stored column-major, one byte per value.
/// </summary>
internal sealed class FeatureBins
{
    private readonly byte[] _bins;

    private FeatureBins(int rows, double[][] edges, byte[] bins)
    {
        Rows = rows;
        Edges = edges;
        _bins = bins;
    }

    public int Rows { get; }

    public double[][] Edges { get; }

    public int Columns => Edges.Length;

    public int BinCount(int column) => Edges[column].Length + 1;

    public ReadOnlySpan<byte> Column(int column) => _bins.AsSpan(column * Rows, Rows);

    public static FeatureBins Build(double[] values, int rows, int columns, int maxBins)
    {
        maxBins = Math.Clamp(maxBins, 2, 255);
        var edges = new double[columns][];
        var bins = new byte[rows * columns];
        var column = new double[rows];
        for (var j = 0; j < columns; j++)
        {
            for (var i = 0; i < rows; i++) column[i] = values[i * columns + j];
            edges[j] = EdgesOf(column, maxBins);
            for (var i = 0; i < rows; i++) bins[j * rows + i] = (byte)BinOf(edges[j], column[i]);
        }
        return new FeatureBins(rows, edges, bins);
    }

    private static double[] EdgesOf(double[] column, int maxBins)
    {
        var sorted = (double[])column.Clone();
        Array.Sort(sorted);
        var distinct = sorted.Distinct().ToArray();
        if (distinct.Length <= maxBins)
            return [.. Enumerable.Range(0, Math.Max(0, distinct.Length - 1)).Select(k => (distinct[k] + distinct[k + 1]) / 2)];
        var edges = new SortedSet<double>();
        for (var k = 1; k < maxBins; k++) edges.Add(sorted[(int)((long)k * (sorted.Length - 1) / maxBins)]);
        edges.Remove(sorted[^1]);
        return [.. edges];
    }

    private static int BinOf(double[] edges, double value)
    {
        var index = Array.BinarySearch(edges, value);
        return index >= 0 ? index : ~index;
    }
}
