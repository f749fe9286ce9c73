namespace ChainGraph.Analysis.Risk.Models;

/// <summary>Per-feature centring and scaling fitted on training rows: z = (x − mean) / scale; constant features get scale 1.</summary>
internal sealed record Standardizer(double[] Mean, double[] Scale)
{
    public static Standardizer Fit(double[] values, int rows, int columns)
    {
        var mean = new double[columns];
        var scale = new double[columns];
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++) mean[j] += values[i * columns + j];
        }
        for (var j = 0; j < columns; j++) mean[j] /= Math.Max(1, rows);
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                var d = values[i * columns + j] - mean[j];
                scale[j] += d * d;
            }
        }
        for (var j = 0; j < columns; j++)
        {
            var sd = Math.Sqrt(scale[j] / Math.Max(1, rows - 1));
            scale[j] = sd > 1e-12 ? sd : 1;
        }
        return new Standardizer(mean, scale);
    }

    public double Apply(int column, double value) => (value - Mean[column]) / Scale[column];
}
