using System.Text.Json;

namespace ChainGraph.GraphQL.AspNetCore;

/// <summary>
/// One GraphQL request: the document text, the operation to run, and variable and extension values (plain CLR values
/// or <see cref="JsonElement"/>s). Immutable.
/// </summary>
public sealed record GraphQLRequest(
    string? Query,
    string? OperationName = null,
    IReadOnlyDictionary<string, object?>? Variables = null,
    IReadOnlyDictionary<string, object?>? Extensions = null)
{
    /// <summary>Reads a request object (a POST body).</summary>
    /// <exception cref="FormatException">The body is not an object, a parameter has the wrong JSON type, or a string is not valid UTF-16 (a
    /// lone surrogate escape).</exception>
    public static GraphQLRequest FromJson(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object) throw new FormatException("The request body must be a JSON object.");
        return new GraphQLRequest(
            OptionalString(body, "query"),
            OptionalString(body, "operationName"),
            OptionalObject(body, "variables"),
            OptionalObject(body, "extensions"));
    }

    private static string? OptionalString(JsonElement body, string name)
    {
        if (!body.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        return value.ValueKind == JsonValueKind.String
            ? JsonInputs.Text(value, name)
            : throw new FormatException($"The \"{name}\" parameter must be a string.");
    }

    private static IReadOnlyDictionary<string, object?>? OptionalObject(JsonElement body, string name)
    {
        if (!body.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        return value.ValueKind == JsonValueKind.Object
            ? JsonInputs.ToDictionary(value)
            : throw new FormatException($"The \"{name}\" parameter must be an object.");
    }
}
