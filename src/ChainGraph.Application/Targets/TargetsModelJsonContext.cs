using System.Text.Json.Serialization;

namespace ChainGraph.Application.Targets;

/// <summary>The generated serializer of <see cref="TargetsModel"/> (<see cref="TargetsModelJson"/>'s settings).</summary>
[JsonSourceGenerationOptions(IgnoreReadOnlyProperties = true, RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true, UseStringEnumConverter = true)]
[JsonSerializable(typeof(TargetsModel))]
internal sealed partial class TargetsModelJsonContext : JsonSerializerContext;
