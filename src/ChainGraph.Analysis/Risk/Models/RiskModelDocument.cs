using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using ChainGraph.Analysis.Risk.Features;
using ChainGraph.Analysis.Risk.Training;

namespace ChainGraph.Analysis.Risk.Models;

/// <summary>
/// The JSON form of a <see cref="RiskModel"/> (format <c>chaingraph-risk-model</c>, versioned): metadata and metrics
/// first, then the parameters — logistic weights with the standardisation, trees as parallel node arrays, the rule, and
/// each model's calibrator. Doubles are written shortest-round-trip, so a reloaded model scores bit-identically.
/// </summary>
internal sealed record RiskModelDocument(
    string Format,
    int Version,
    IReadOnlyList<string> Features,
    FeatureOptions FeatureOptions,
    LikelihoodModelKind Primary,
    TrainingMetadata Training,
    IReadOnlyList<ModelEvaluation> Evaluations,
    LogisticModel? Logistic,
    Calibrator? LogisticCalibration,
    TreeEnsemble? Gbdt,
    Calibrator? GbdtCalibration,
    RuleModel Rule,
    Calibrator RuleCalibration)
{
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };
}
