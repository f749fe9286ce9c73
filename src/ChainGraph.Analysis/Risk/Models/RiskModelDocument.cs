using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using ChainGraph.Analysis.Risk.Features;
using ChainGraph.Analysis.Risk.Training;

namespace ChainGraph.Analysis.Risk.Models;

/// <summary>
/// The <c>model.json</c> entry of a model file (format <c>chaingraph-risk-model</c>, versioned): metadata and metrics,
/// then what ML.NET's saved models do not hold — the logistic model's standardisation, each tree's node covers (for
/// TreeSHAP), the rule, and which calibration method each model uses. The parameters themselves are the ML.NET entries
/// (<see cref="Learning.RiskModelArchive"/>).
/// </summary>
internal sealed record RiskModelDocument(
    string Format,
    int Version,
    IReadOnlyList<string> Features,
    FeatureOptions FeatureOptions,
    LikelihoodModelKind Primary,
    TrainingMetadata Training,
    IReadOnlyList<ModelEvaluation> Evaluations,
    IReadOnlyList<LikelihoodModelKind> Models,
    Standardizer? LogisticStandardizer,
    IReadOnlyList<double[]>? TreeCovers,
    RuleModel Rule)
{
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };
}
