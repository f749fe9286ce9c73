using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChainGraph.Application.Targets;

/// <summary>
/// A <see cref="TargetsModel"/> as JSON: the records' own properties (computed ones such as <c>Reasons</c> are left
/// out and recomputed on reading), enums by name, numbers round-tripping exactly. Reading is strict: a missing
/// constructor argument or a null where the records allow none makes the text not a model. The serializer is
/// generated at build time: reflection's first use cost a cold `targets` about half a second at a million firms.
/// </summary>
internal static class TargetsModelJson
{
    public static string Write(TargetsModel model) => JsonSerializer.Serialize(model, TargetsModelJsonContext.Default.TargetsModel);

    /// <summary>The model <paramref name="json"/> holds, or null with the reason when it does not read as one.</summary>
    public static TargetsModel? TryRead(string json, out string? problem)
    {
        try
        {
            var model = JsonSerializer.Deserialize(json, TargetsModelJsonContext.Default.TargetsModel);
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
