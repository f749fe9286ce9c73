using System.Text.Json;
using ChainGraph.GraphQL.Execution;

namespace ChainGraph.GraphQL;

/// <summary>
/// A GraphQL request (spec §6.1 / GraphQL-over-HTTP request parameters). Variable values may be CLR values
/// (primitives, dictionaries, lists) or <see cref="JsonElement"/>s. Immutable.
/// </summary>
public sealed record GraphQLRequest
{
    /// <summary>Creates a request.</summary>
    public GraphQLRequest(string? query, string? operationName = null, IReadOnlyDictionary<string, object?>? variables = null, IReadOnlyDictionary<string, object?>? extensions = null)
    {
        Query = query;
        OperationName = operationName;
        Variables = variables;
        Extensions = extensions;
    }

    /// <summary>The document text; null makes the request invalid.</summary>
    public string? Query { get; init; }

    /// <summary>The operation to run when the document has several.</summary>
    public string? OperationName { get; init; }

    /// <summary>Raw variable values by name.</summary>
    public IReadOnlyDictionary<string, object?>? Variables { get; init; }

    /// <summary>Protocol extensions (ignored by the executor).</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>
    /// Reads a request from a JSON object with <c>query</c>, <c>operationName</c>, <c>variables</c> and <c>extensions</c>
    /// (JSON null ≡ absent; unknown properties ignored). Throws <see cref="FormatException"/> when a parameter has the wrong JSON type.
    /// </summary>
    public static GraphQLRequest FromJson(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("The request body must be a JSON object.");
        }

        return new GraphQLRequest(
            OptionalString(body, "query"),
            OptionalString(body, "operationName"),
            OptionalObject(body, "variables"),
            OptionalObject(body, "extensions"));
    }

    /// <summary>Creates a request whose variables are the properties of a JSON object (or none when null/undefined).</summary>
    public static GraphQLRequest WithJsonVariables(string query, JsonElement variables, string? operationName = null) =>
        new(query, operationName, variables.ValueKind == JsonValueKind.Object ? JsonValues.ToRawDictionary(variables) : null);

    private static string? OptionalString(JsonElement body, string name)
    {
        if (!body.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String ? value.GetString() : throw new FormatException($"The \"{name}\" parameter must be a string.");
    }

    private static IReadOnlyDictionary<string, object?>? OptionalObject(JsonElement body, string name)
    {
        if (!body.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Object ? JsonValues.ToRawDictionary(value) : throw new FormatException($"The \"{name}\" parameter must be an object.");
    }
}
