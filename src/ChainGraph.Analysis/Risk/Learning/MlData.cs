using ChainGraph.Analysis.Risk.Features;
using ChainGraph.Analysis.Risk.Models;
using ChainGraph.Analysis.Risk.Training;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace ChainGraph.Analysis.Risk.Learning;

/// <summary>
/// Our rows as ML.NET data views: a <c>Features</c> vector of <see cref="FeatureCatalog.Count"/> singles with a boolean
/// <c>Label</c>, or a <c>Score</c> column (a model's raw output) for the calibrators. ML.NET computes in single precision,
/// so features are rounded to float here and the converted trees compare in float too (<see cref="RegressionTree"/>).
/// </summary>
internal static class MlData
{
    public const string Features = "Features";
    public const string Label = "Label";
    public const string Score = "Score";
    public const string Probability = "Probability";

    public static IDataView Rows(MLContext ml, LabelledRows rows, Standardizer? standardizer = null)
    {
        var list = new List<FeatureRow>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
            list.Add(new FeatureRow { Features = Vector(rows.Row(i), standardizer), Label = rows.Labels[i] });
        return ml.Data.LoadFromEnumerable(list, Schema());
    }

    public static IDataView Scores(MLContext ml, IReadOnlyList<double> scores, IReadOnlyList<bool> labels) =>
        ml.Data.LoadFromEnumerable(scores.Select((s, i) => new ScoreRow { Score = (float)s, Label = labels[i] }));

    public static DataViewSchema FeatureSchema(MLContext ml) => ml.Data.LoadFromEnumerable(Array.Empty<FeatureRow>(), Schema()).Schema;

    public static DataViewSchema ScoreSchema(MLContext ml) => ml.Data.LoadFromEnumerable(Array.Empty<ScoreRow>()).Schema;

    private static float[] Vector(ReadOnlySpan<double> x, Standardizer? standardizer)
    {
        var vector = new float[x.Length];
        for (var j = 0; j < x.Length; j++) vector[j] = (float)(standardizer is null ? x[j] : standardizer.Apply(j, x[j]));
        return vector;
    }

    private static SchemaDefinition Schema()
    {
        var schema = SchemaDefinition.Create(typeof(FeatureRow));
        schema[Features].ColumnType = new VectorDataViewType(NumberDataViewType.Single, FeatureCatalog.Count);
        return schema;
    }

    private sealed class FeatureRow
    {
        public float[] Features { get; set; } = [];

        public bool Label { get; set; }
    }

    private sealed class ScoreRow
    {
        public float Score { get; set; }

        public bool Label { get; set; }
    }
}
