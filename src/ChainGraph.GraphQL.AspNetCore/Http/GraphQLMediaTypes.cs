using System.Globalization;

namespace ChainGraph.GraphQL.AspNetCore;

/// <summary>Content negotiation of GraphQL over HTTP: which response type to send and whether a request body is JSON. Stateless.</summary>
internal static class GraphQLMediaTypes
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";
    public const string GraphQLResponseJsonUtf8 = "application/graphql-response+json; charset=utf-8";
    public const string JsonUtf8 = "application/json; charset=utf-8";

    /// <summary>The response type for the <c>Accept</c> header value(s).</summary>
    /// <remarks>
    /// Missing Accept, <c>*/*</c> and <c>application/*</c> mean legacy <c>application/json</c> (graphql-http audits 47DE, 80D8).
    /// The highest q wins; on a tie the range listed first wins, as graphql-js's reference handler reads the header.
    /// </remarks>
    public static ResponseMediaType Negotiate(string? accept)
    {
        if (string.IsNullOrWhiteSpace(accept)) return ResponseMediaType.Json;
        if (accept.Equals(GraphQLResponseJson, StringComparison.OrdinalIgnoreCase)) return ResponseMediaType.GraphQLResponseJson;
        if (accept.Equals(Json, StringComparison.OrdinalIgnoreCase) || accept == "*/*") return ResponseMediaType.Json;
        var best = ResponseMediaType.Unacceptable;
        var bestQuality = 0.0;
        foreach (var range in accept.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var (type, quality, utf8) = ParseRange(range);
            var candidate = type switch
            {
                GraphQLResponseJson => ResponseMediaType.GraphQLResponseJson,
                Json or "application/*" or "*/*" => ResponseMediaType.Json,
                _ => ResponseMediaType.Unacceptable,
            };
            if (candidate == ResponseMediaType.Unacceptable || !utf8 || quality <= bestQuality) continue;
            best = candidate;
            bestQuality = quality;
        }

        return best;
    }

    /// <summary>True when a browser asks for a page (an explicit <c>text/html</c> range).</summary>
    public static bool AcceptsHtml(string? accept) =>
        accept is not null && accept.Contains("text/html", StringComparison.OrdinalIgnoreCase);

    /// <summary>True for <c>application/json</c> with no charset or a UTF-8 one (spec: UTF-8 is assumed).</summary>
    public static bool IsJsonUtf8(string contentType)
    {
        if (contentType.Equals(Json, StringComparison.OrdinalIgnoreCase)) return true;
        var (type, _, utf8) = ParseRange(contentType);
        return type == Json && utf8;
    }

    private static (string Type, double Quality, bool Utf8) ParseRange(string range)
    {
        var parts = range.Split(';', StringSplitOptions.TrimEntries);
        var quality = 1.0;
        var utf8 = true;
        foreach (var parameter in parts.AsSpan(1))
        {
            var (name, value) = SplitParameter(parameter);
            if (name.Equals("q", StringComparison.OrdinalIgnoreCase))
            {
                quality = double.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var q) ? q : 0;
            }
            else if (name.Equals("charset", StringComparison.OrdinalIgnoreCase))
            {
                utf8 = value.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
                    || value.Equals("utf8", StringComparison.OrdinalIgnoreCase);
            }
        }

        return (parts[0].ToLowerInvariant(), quality, utf8);
    }

    private static (string Name, string Value) SplitParameter(string parameter)
    {
        var equals = parameter.IndexOf('=', StringComparison.Ordinal);
        return equals < 0 ? (parameter, string.Empty) : (parameter[..equals].Trim(), parameter[(equals + 1)..].Trim().Trim('"'));
    }
}
