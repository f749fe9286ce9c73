using System.Globalization;

namespace ChainGraph.Storage.Neo4j;

/// <summary>
/// How to reach a Neo4j database over HTTP, bound from <c>ChainGraph:Neo4j</c> or parsed from a
/// <c>neo4j://user:pass@host:7474/db</c> location. Mutable for configuration binding; a client copies what it
/// needs when it is created, so later changes have no effect on it.
/// </summary>
public sealed class Neo4jOptions
{
    public const string Section = "ChainGraph:Neo4j";
    public const string UserVariable = "NEO4J_USER";
    public const string PasswordVariable = "NEO4J_PASSWORD";
    public const string TokenVariable = "NEO4J_TOKEN";
    public const string DefaultDatabase = "neo4j";

    private static readonly string[] Schemes = ["neo4j", "neo4j+http", "neo4j+https"];

    /// <summary>
    /// The server: <c>http(s)://host:port</c>, or <c>neo4j://</c> (HTTP), <c>neo4j+http://</c>, <c>neo4j+https://</c>,
    /// optionally with <c>user:password@</c> and a <c>/database</c> path, which win over <see cref="User"/>,
    /// <see cref="Password"/> and <see cref="Database"/>.
    /// </summary>
    public Uri? Uri { get; set; }

    /// <summary>Basic-auth user; when empty, <c>NEO4J_USER</c>. No user means no Authorization header.</summary>
    public string? User { get; set; }

    /// <summary>Basic-auth password; when empty, <c>NEO4J_PASSWORD</c>. Never shown in messages.</summary>
    public string? Password { get; set; }

    /// <summary>
    /// A bearer token (SSO / identity provider); when empty, <c>NEO4J_TOKEN</c>. Wins over user and password. Sent as
    /// the Query API documents it: <c>Authorization: Bearer base64(token)</c>. Never shown in messages.
    /// </summary>
    public string? Token { get; set; }

    public string? Database { get; set; }

    public Neo4jProtocol Protocol { get; set; } = Neo4jProtocol.Auto;

    /// <summary>Rows per <c>UNWIND $rows</c> request when writing (default 5,000).</summary>
    public int BatchSize { get; set; } = 5_000;

    /// <summary>Rows (or enterprises, for relationships) per request when loading (default 10,000).</summary>
    public int PageSize { get; set; } = 10_000;

    /// <summary>Limit on one HTTP request, from sending to the last byte of the answer (default 2 minutes).</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Retries of a transient failure (deadlock, leader switch, dropped connection); 0 turns retrying off.</summary>
    public int MaxRetries { get; set; } = 5;

    /// <summary>First retry delay; each later one doubles, with jitter.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// True for the locations <see cref="FromLocation"/> accepts (<c>neo4j://</c>, <c>neo4j+http://</c>, <c>neo4j+https://</c>).
    /// </summary>
    public static bool IsLocation(string? location) =>
        location is not null && Schemes.Any(s => location.StartsWith(s + "://", StringComparison.OrdinalIgnoreCase));

    /// <summary>Parses a store location such as <c>neo4j://user:pass@host:7474/db</c>; see <see cref="Resolve"/>.</summary>
    public static Neo4jOptions FromLocation(string location, Func<string, string?>? environment = null)
    {
        if (!IsLocation(location) || !System.Uri.TryCreate(location, UriKind.Absolute, out var uri))
            throw new ArgumentException(
                $"'{Redact(location)}' is not a Neo4j location: expected neo4j://[user[:password]@]host[:port][/database]",
                nameof(location));
        return new Neo4jOptions { Uri = uri }.Resolve(environment);
    }

    /// <summary>
    /// A copy with everything settled: <see cref="Uri"/> is the HTTP(S) root (7474 / 7473 when the URI names no port; a
    /// port the URI names, 80 and 443 included, is kept — Aura and TLS proxies answer on 443), credentials
    /// come from the URI, then these options, then <c>NEO4J_USER</c>/<c>NEO4J_PASSWORD</c>, and the database from the
    /// URI path, then <see cref="Database"/>, then <c>neo4j</c>.
    /// </summary>
    public Neo4jOptions Resolve(Func<string, string?>? environment = null)
    {
        var uri = Uri ?? throw new ArgumentException("the Neo4j URI is not set (ChainGraph:Neo4j:Uri)");
        environment ??= Environment.GetEnvironmentVariable;
        var https = uri.Scheme.ToLowerInvariant() switch
        {
            "http" or "neo4j" or "neo4j+http" => false,
            "https" or "neo4j+https" => true,
            _ =>
                throw new ArgumentException(
                $"unsupported scheme '{uri.Scheme}' in the Neo4j URI (use http, https, neo4j, neo4j+http or neo4j+https)"),
        };
        var (uriUser, uriPassword) = Credentials(uri);
        var path = System.Uri.UnescapeDataString(uri.AbsolutePath.Trim('/'));
        if (path.Contains('/', StringComparison.Ordinal))
            throw new ArgumentException($"the Neo4j URI path must be one database name, found '{path}'");
        var port = ExplicitPort(uri) ?? (https ? 7473 : 7474);
        return new Neo4jOptions
        {
            Uri = new UriBuilder(https ? "https" : "http", uri.Host, port).Uri,
            User = First(uriUser, User, environment(UserVariable)),
            Password = First(uriPassword, Password, environment(PasswordVariable)),
            Token = First(Token, environment(TokenVariable)),
            Database = First(path, Database) ?? DefaultDatabase,
            Protocol = Protocol,
            BatchSize = Positive(BatchSize, nameof(BatchSize)),
            PageSize = Positive(PageSize, nameof(PageSize)),
            RequestTimeout = RequestTimeout > TimeSpan.Zero
                ? RequestTimeout
                : throw new ArgumentException("RequestTimeout must be positive"),
            MaxRetries = MaxRetries >= 0 ? MaxRetries : throw new ArgumentException("MaxRetries must not be negative"),
            RetryDelay = RetryDelay >= TimeSpan.Zero ? RetryDelay : throw new ArgumentException("RetryDelay must not be negative"),
        };
    }

    /// <summary>Where the options point, for messages: <c>neo4j+http://user@host:7474/db</c>, never the password.</summary>
    public string Describe()
    {
        var uri = Uri ?? throw new InvalidOperationException("the Neo4j URI is not set");
        var scheme = uri.Scheme.StartsWith("neo4j", StringComparison.OrdinalIgnoreCase) ? uri.Scheme : "neo4j+" + uri.Scheme;
        var user = string.IsNullOrEmpty(User) ? "" : System.Uri.EscapeDataString(User) + "@";
        return string.Create(CultureInfo.InvariantCulture,
            $"{scheme.ToLowerInvariant()}://{user}{uri.Host}:{uri.Port}/{Database ?? DefaultDatabase}");
    }

    // Uri reports 80 for "http://host" and for "http://host:80" alike, so the written authority decides.
    private static int? ExplicitPort(Uri uri)
    {
        if (!uri.IsDefaultPort && uri.Port > 0) return uri.Port;
        var text = uri.OriginalString;
        var start = text.IndexOf("://", StringComparison.Ordinal) + 3;
        var end = text.IndexOfAny(['/', '?', '#'], start);
        var authority = text[start..(end < 0 ? text.Length : end)];
        authority = authority[(authority.LastIndexOf('@') + 1)..];
        var colon = authority.LastIndexOf(':');
        if (colon < 0 || colon < authority.LastIndexOf(']')) return null;
        return int.TryParse(authority[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var port) ? port : null;
    }

    private static (string? User, string? Password) Credentials(Uri uri)
    {
        if (string.IsNullOrEmpty(uri.UserInfo)) return (null, null);
        var colon = uri.UserInfo.IndexOf(':', StringComparison.Ordinal);
        return colon < 0
            ? (System.Uri.UnescapeDataString(uri.UserInfo), null)
            : (System.Uri.UnescapeDataString(uri.UserInfo[..colon]), System.Uri.UnescapeDataString(uri.UserInfo[(colon + 1)..]));
    }

    private static string Redact(string location)
    {
        var at = location.IndexOf('@', StringComparison.Ordinal);
        var start = location.IndexOf("://", StringComparison.Ordinal);
        return at > 0 && start > 0 && at > start ? location[..(start + 3)] + "***" + location[at..] : location;
    }

    private static string? First(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrEmpty(v));

    private static int Positive(int value, string name) => value > 0 ? value : throw new ArgumentException($"{name} must be positive");
}
