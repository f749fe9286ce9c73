using System.Buffers;
using System.Text;
using System.Text.Json;
using ChainGraph.GraphQL.Execution;

namespace ChainGraph.GraphQL;

/// <summary>
/// The response of one request (spec §7). A request error (<see cref="IsRequestError"/>) has no <c>data</c> entry;
/// otherwise <see cref="Data"/> holds the ordered result (null when a non-null root field failed). Immutable once returned.
/// </summary>
public sealed class ExecutionResult
{
    internal ExecutionResult(ResultMap? data, IReadOnlyList<GraphQLError>? errors, RequestErrorKind requestErrorKind, IReadOnlyDictionary<string, object?>? extensions = null)
    {
        Data = data;
        Errors = errors is { Count: > 0 } ? errors : null;
        RequestErrorKind = requestErrorKind;
        Extensions = extensions;
    }

    /// <summary>The ordered response data, or null.</summary>
    public IReadOnlyDictionary<string, object?>? Data { get; }

    /// <summary>Errors in the order raised, or null when there are none.</summary>
    public IReadOnlyList<GraphQLError>? Errors { get; }

    /// <summary>Response extensions, or null.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; }

    /// <summary>True when the request failed before execution: no <c>data</c> entry is written.</summary>
    public bool IsRequestError => RequestErrorKind != RequestErrorKind.None;

    /// <summary>Why the request failed before execution, or <see cref="RequestErrorKind.None"/>.</summary>
    public RequestErrorKind RequestErrorKind { get; }

    /// <summary>A request error result.</summary>
    public static ExecutionResult RequestError(RequestErrorKind kind, params GraphQLError[] errors) => new(null, errors, kind);

    /// <summary>Writes the response as JSON: <c>errors</c> (if any), then <c>data</c> (unless a request error), then <c>extensions</c>.</summary>
    public void WriteTo(Utf8JsonWriter writer) => ResultJsonWriter.Write(writer, this);

    /// <summary>The response as a JSON string.</summary>
    public string ToJson()
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
