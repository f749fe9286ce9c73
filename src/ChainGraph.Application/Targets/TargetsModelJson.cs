using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChainGraph.Application.Targets;

/// <summary>
/// A <see cref="TargetsModel"/> as JSON: the records' own properties (computed ones such as <c>Reasons</c> are left
/// out and recomputed on reading), enums by name, numbers round-tripping exactly. Reading is strict: a missing
/// constructor argument or a null where the records allow none makes the text not a model.
/// </summary>
internal static class TargetsModelJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        IgnoreReadOnlyProperties = true,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Write(TargetsModel model) => JsonSerializer.Serialize(model, Options);

    /// <summary>The model <paramref name="json"/> holds, or null with the reason when it does not read as one.</summary>
    public static TargetsModel? TryRead(string json, out string? problem)
    {
        try
        {
            var model = JsonSerializer.Deserialize<TargetsModel>(json, Options);
            problem = model is null ? "it holds no model" : null;
            return model;
        }
        catch (JsonException e)
        {
            problem = $"it does not read as a targets model ({e.Message})";
            return null;
        }
    }
}
