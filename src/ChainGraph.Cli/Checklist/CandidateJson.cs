using System.Text.Json;
using System.Text.Json.Serialization;
using ChainGraph.Analysis.Checklist;
using ChainGraph.Domain;
using ChainGraph.Domain.Text;

namespace ChainGraph.Cli.Checklist;

/// <summary>
/// Writes a <see cref="Candidate"/> as the issue-12 contract has it — <c>enterpriseId</c>, <c>name</c>, <c>location</c>
/// (local | metro | province | country | overseas), <c>kind</c>, <c>score</c>, <c>reasons</c> in the chosen language — and
/// the score's <c>terms</c>. Output only: reading a candidate back is not supported.
/// </summary>
public sealed class CandidateJson(Language language) : JsonConverter<Candidate>
{
    public override Candidate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("candidates are written, not read");

    public override void Write(Utf8JsonWriter writer, Candidate value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("enterpriseId", value.EnterpriseId);
        writer.WriteString("name", value.Name);
        writer.WriteString("location", Vocabulary.Word(value.Location));
        writer.WriteString("kind", Vocabulary.Word(value.Kind));
        writer.WriteNumber("score", value.Score);
        writer.WritePropertyName("reasons");
        JsonSerializer.Serialize(writer, value.ReasonsIn(language), options);
        writer.WritePropertyName("terms");
        JsonSerializer.Serialize(writer, value.Terms, options);
        writer.WriteEndObject();
    }

    /// <summary>The checklist's JSON settings with candidates' reasons in <paramref name="language"/>.</summary>
    public static JsonSerializerOptions Options(Language language) =>
        new(ChecklistFormatter.Json) { Converters = { new CandidateJson(language) } };
}
