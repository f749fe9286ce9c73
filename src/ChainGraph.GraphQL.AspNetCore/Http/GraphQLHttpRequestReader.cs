using System.Buffers;
using System.IO.Pipelines;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http.Features;

namespace ChainGraph.GraphQL.AspNetCore;

/// <summary>
/// Reads GraphQL-over-HTTP request parameters from a GET query string or a POST JSON body. Every malformed request
/// becomes a <see cref="GraphQLHttpException"/> with its 4xx status. Stateless.
/// </summary>
internal static class GraphQLHttpRequestReader
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 64 };

    /// <summary>Reads a POST body: <c>application/json</c> (UTF-8) holding one request object.</summary>
    public static async Task<GraphQLRequest> ReadPostAsync(HttpRequest request, long maxBodySize, CancellationToken cancellation)
    {
        RequireJsonContentType(request.ContentType);
        LimitBodySize(request, maxBodySize);
        var (buffer, length) = await ReadBodyAsync(request.BodyReader, maxBodySize, cancellation).ConfigureAwait(false);
        try
        {
            return Parse(buffer, length);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Reads GET parameters: <c>query</c>, <c>operationName</c>, and JSON-encoded <c>variables</c> and <c>extensions</c>.
    /// </summary>
    public static GraphQLRequest ReadGet(IQueryCollection query) =>
        new(Single(query, "query"), Single(query, "operationName"), JsonObjectParameter(query, "variables"),
        JsonObjectParameter(query, "extensions"));

    private static void RequireJsonContentType(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType))
        {
            throw new GraphQLHttpException(StatusCodes.Status415UnsupportedMediaType,
                "Missing Content-Type: POST requests must be application/json.", "UNSUPPORTED_MEDIA_TYPE");
        }

        if (!GraphQLMediaTypes.IsJsonUtf8(contentType))
        {
            throw new GraphQLHttpException(StatusCodes.Status415UnsupportedMediaType,
                $"Unsupported Content-Type \"{contentType}\": POST requests must be application/json with UTF-8.",
                "UNSUPPORTED_MEDIA_TYPE");
        }
    }

    private static async Task<(byte[] Buffer, int Length)> ReadBodyAsync(PipeReader reader, long maxBodySize,
        CancellationToken cancellation)
    {
        while (true)
        {
            ReadResult read;
            try
            {
                read = await reader.ReadAsync(cancellation).ConfigureAwait(false);
            }
            catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
            {
                throw TooLarge(maxBodySize);
            }

            var body = read.Buffer;
            if (body.Length > maxBodySize)
            {
                reader.AdvanceTo(body.End);
                throw TooLarge(maxBodySize);
            }

            if (read.IsCompleted)
            {
                // The sequence is invalid once consumed: copy out and measure before AdvanceTo.
                var length = (int)body.Length;
                var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(length, 1));
                body.CopyTo(buffer);
                reader.AdvanceTo(body.End);
                return (buffer, length);
            }

            reader.AdvanceTo(body.Start, body.End);
        }
    }

    // System.Text.Json checks UTF-8 only in the strings it decodes, so a bad byte would surface later as an
    // InvalidOperationException (a 500); checking the whole body first makes it the 400 it is.
    // The request's values are copied out of the JSON document, so the pooled buffer goes back as soon as it is read.
    private static GraphQLRequest Parse(byte[] buffer, int length)
    {
        var bytes = buffer.AsMemory(0, length);
        if (!Utf8.IsValid(bytes.Span)) throw BadRequest("The request body is not valid UTF-8.");
        try
        {
            using var document = JsonDocument.Parse(bytes, DocumentOptions);
            return GraphQLRequest.FromJson(document.RootElement);
        }
        catch (JsonException e)
        {
            throw BadRequest($"The request body is not valid JSON: {e.Message}");
        }
        catch (FormatException e)
        {
            throw BadRequest(e.Message);
        }
    }

    private static void LimitBodySize(HttpRequest request, long maxBodySize)
    {
        if (request.ContentLength > maxBodySize) throw TooLarge(maxBodySize);
        var feature = request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (feature is { IsReadOnly: false }) feature.MaxRequestBodySize = maxBodySize;
    }

    private static string? Single(IQueryCollection query, string name)
    {
        var values = query[name];
        if (values.Count > 1) throw BadRequest($"The \"{name}\" parameter must be given once.");
        return string.IsNullOrEmpty(values.ToString()) ? null : values.ToString();
    }

    private static IReadOnlyDictionary<string, object?>? JsonObjectParameter(IQueryCollection query, string name)
    {
        var text = Single(query, name);
        if (text is null) return null;
        JsonElement value;
        try
        {
            using var document = JsonDocument.Parse(text, DocumentOptions);
            value = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw BadRequest($"The \"{name}\" parameter is not valid JSON: {e.Message}");
        }

        try
        {
            return value.ValueKind switch
            {
                JsonValueKind.Null => null,
                JsonValueKind.Object => JsonInputs.ToDictionary(value),
                _ => throw BadRequest($"The \"{name}\" parameter must be a JSON object."),
            };
        }
        catch (FormatException e)
        {
            throw BadRequest(e.Message);
        }
    }

    private static GraphQLHttpException BadRequest(string message) => new(StatusCodes.Status400BadRequest, message, "BAD_REQUEST");

    private static GraphQLHttpException TooLarge(long maxBodySize) =>
        new(StatusCodes.Status413PayloadTooLarge, $"The request body exceeds the limit of {maxBodySize} bytes.", "PAYLOAD_TOO_LARGE");
}
