namespace ChainGraph.Analysis.Risk.Features;

/// <summary>
/// Feature values of a set of enterprises as of one date: row i is enterprise <see cref="Enterprises"/>[i] (an index into
/// <see cref="Domain.Dataset.Enterprises"/>), columns follow <see cref="FeatureCatalog.All"/>. Immutable.
/// </summary>
public sealed class FeatureMatrix
{
    private readonly double[] _values;
    private readonly int[] _enterprises;

    internal FeatureMatrix(DateOnly asOf, int[] enterprises, double[] values)
    {
        if (values.Length != enterprises.Length * FeatureCatalog.Count)
            throw new ArgumentException("one row of values per enterprise expected", nameof(values));
        AsOf = asOf;
        _enterprises = enterprises;
        _values = values;
    }

    /// <summary>The date the values describe; only events before it were read.</summary>
    public DateOnly AsOf { get; }

    public IReadOnlyList<int> Enterprises => _enterprises;

    public int RowCount => _enterprises.Length;

    public static int ColumnCount => FeatureCatalog.Count;

    public IReadOnlyList<string> Names => FeatureCatalog.Names;

    public double this[int row, int column] => _values[row * ColumnCount + column];

    public ReadOnlySpan<double> Row(int row) => _values.AsSpan(row * ColumnCount, ColumnCount);

    /// <summary>The row of an enterprise index, or -1 when it is not in the matrix.</summary>
    public int RowOf(int enterprise) => Array.IndexOf(_enterprises, enterprise);

    /// <summary>The values of several matrices stacked into one row-major array (for training on several windows).</summary>
    internal static (double[] Values, int Rows) Stack(IEnumerable<FeatureMatrix> matrices)
    {
        var list = matrices.ToList();
        var values = new double[list.Sum(m => m._values.Length)];
        var offset = 0;
        foreach (var m in list)
        {
            m._values.CopyTo(values, offset);
            offset += m._values.Length;
        }
        return (values, values.Length / ColumnCount);
    }
}
