using Microsoft.Extensions.Primitives;

namespace ChainGraph.Api.Security;

/// <summary>
/// The API key a request carries, from <c>Authorization: Bearer &lt;key&gt;</c> or <c>X-Api-Key: &lt;key&gt;</c>.
/// Exactly one of <see cref="Key"/> and <see cref="Problem"/> is set when the request carries credentials; neither when
/// it carries none.
/// </summary>
public readonly record struct PresentedKey(string? Key, string? Problem)
{
    public const string HeaderName = "X-Api-Key";
    private const string BearerPrefix = "Bearer ";

    public bool IsAbsent => Key is null && Problem is null;

    /// <summary>
    /// Reads the headers. Credentials that cannot be a key (another <c>Authorization</c> scheme, repeated headers, two
    /// different keys) are a <see cref="Problem"/>, never "no key": a client that meant to authenticate must not be
    /// served as anonymous.
    /// </summary>
    public static PresentedKey Read(HttpRequest request)
    {
        var headers = request.Headers;
        var bearer = headers.TryGetValue("Authorization", out var authorization) ? FromAuthorization(authorization) : default;
        var header = headers.TryGetValue(HeaderName, out var apiKey) ? FromApiKeyHeader(apiKey) : default;
        if (bearer.Problem is not null) return bearer;
        if (header.Problem is not null) return header;
        if (bearer.Key is not null && header.Key is not null && !string.Equals(bearer.Key, header.Key, StringComparison.Ordinal))
            return new(null, "the Authorization and X-Api-Key headers carry different keys");
        return bearer.Key is not null ? bearer : header;
    }

    private static PresentedKey FromAuthorization(StringValues values)
    {
        if (values.Count > 1) return new(null, "send one Authorization header");
        var value = values.ToString();
        if (!value.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
            return new(null, "the Authorization header must be 'Bearer <key>'");
        return NonEmpty(value[BearerPrefix.Length..].Trim(), "Authorization");
    }

    private static PresentedKey FromApiKeyHeader(StringValues values) =>
        values.Count > 1 ? new(null, $"send one {HeaderName} header") : NonEmpty(values.ToString().Trim(), HeaderName);

    private static PresentedKey NonEmpty(string key, string header) =>
        key.Length == 0 ? new(null, $"the {header} header has no key") : new(key, null);
}
