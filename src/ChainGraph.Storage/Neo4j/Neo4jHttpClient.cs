using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Polly;

namespace ChainGraph.Storage.Neo4j;

/// <summary>
/// Neo4j over HTTP, without the official driver: discovery (<c>GET /</c>) picks the Query API or the
/// transactional endpoint (<see cref="Neo4jServerInfo"/>), statements travel with JSON parameters and Basic auth,
/// every answer's <c>errors</c> array is read whatever its status, and errors become <see cref="Neo4jException"/>
/// subtypes. <see cref="RunAsync"/> retries transient failures; explicit transactions (<see cref="BeginAsync"/>) do not,
/// because a failed statement ends the transaction on the server: retry them whole with <see cref="RetryAsync{T}"/>.
/// Thread-safe: share one instance (it pools connections); each request has its own timeout.
/// </summary>
public sealed class Neo4jHttpClient : IDisposable
{
    internal const string AffinityHeader = "neo4j-cluster-affinity";

    private static readonly MediaTypeWithQualityHeaderValue Json = new("application/json");

    private readonly HttpClient _http;
    private readonly AuthenticationHeaderValue? _authorization;
    private readonly TimeProvider _time;
    private readonly ResiliencePipeline _retry;
    private Neo4jServerInfo? _server;
    private IReadOnlyList<string> _bookmarks = [];

    /// <param name="options">Resolved here (<see cref="Neo4jOptions.Resolve"/>); later changes to it are not seen.</param>
    /// <param name="handler">The HTTP stack; null for a pooled <see cref="SocketsHttpHandler"/> owned by this client.</param>
    public Neo4jHttpClient(Neo4jOptions options, HttpMessageHandler? handler = null, TimeProvider? time = null)
    {
        Options = options.Resolve();
        _time = time ?? TimeProvider.System;
        _http = new HttpClient(handler ?? new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) },
            disposeHandler: handler is null)
        {
            BaseAddress = Options.Uri,
            Timeout = Timeout.InfiniteTimeSpan,
        };
        _authorization = Authorization(Options);
        _retry = Neo4jRetry.Create(Options, _time);
    }

    /// <summary>The resolved options (a private copy).</summary>
    public Neo4jOptions Options { get; }

    /// <summary>The server and database, for messages; never includes the password.</summary>
    public string Location => Options.Describe();

    /// <summary>
    /// Chooses the protocols, once (later calls return the cached answer). With a protocol set in the options no
    /// request is made; otherwise the discovery document (<c>GET /</c>) decides, and a server without one (Aura, a
    /// proxy that only forwards <c>/db/</c>) is taken to speak the Query API.
    /// </summary>
    public async Task<Neo4jServerInfo> DiscoverAsync(CancellationToken cancellationToken = default)
    {
        if (_server is { } known) return known;
        if (Options.Protocol != Neo4jProtocol.Auto) return _server = Neo4jServerInfo.Undiscovered(Options.Protocol);
        var server = await _retry.ExecuteAsync(async token =>
        {
            try
            {
                var response = await SendAsync(HttpMethod.Get, "/", null, null, authenticate: false, onOpenTransaction: false, token)
                    .ConfigureAwait(false);
                using var document = response.Document;
                return document is null ? Neo4jServerInfo.Undiscovered(Neo4jProtocol.QueryApi) : ReadDiscovery(document.RootElement);
            }
            catch (Neo4jException e) when (e is not (Neo4jConnectionException or Neo4jTimeoutException or Neo4jTransientException
                or Neo4jAuthenticationException))
            {
                return Neo4jServerInfo.Undiscovered(Neo4jProtocol.QueryApi);
            }
        }, cancellationToken).ConfigureAwait(false);
        return _server = server;
    }

    /// <summary>Runs one statement in its own transaction, retrying transient failures. The statement must be idempotent.</summary>
    public Task<Neo4jResult> RunAsync(Neo4jStatement statement, CancellationToken cancellationToken = default) =>
        RetryAsync(async token =>
        {
            var dialect = await DialectAsync(token).ConfigureAwait(false);
            var response = await SendAsync(HttpMethod.Post, dialect.ImplicitPath, dialect, statement, authenticate: true,
                onOpenTransaction: false, token).ConfigureAwait(false);
            return Result(dialect, response);
        }, cancellationToken);

    /// <summary>
    /// A new explicit transaction, opened on the server by its first statement. Throws
    /// <see cref="Neo4jUnsupportedException"/> when the server has no explicit transactions this client can use.
    /// </summary>
    public async Task<Neo4jTransaction> BeginAsync(CancellationToken cancellationToken = default)
    {
        var server = await DiscoverAsync(cancellationToken).ConfigureAwait(false);
        var protocol = server.TransactionProtocol ?? throw new Neo4jUnsupportedException(
            $"{Location}: Neo4j {server.Version} offers no explicit transactions over HTTP (the Query API has them from 5.26; " +
            "the transactional endpoint needs TRANSACTIONAL_ENDPOINTS in server.http_enabled_modules)");
        return new Neo4jTransaction(this, Dialect(protocol));
    }

    /// <summary>Runs <paramref name="work"/> under the retry policy: again from the start after a transient failure.</summary>
    public async Task<T> RetryAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken = default) =>
        await _retry.ExecuteAsync(async token => await work(token).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);

    public void Dispose() => _http.Dispose();

    internal Neo4jResult Result(INeo4jDialect dialect, Neo4jResponse response)
    {
        var document = response.Document ?? throw new Neo4jException($"{Location}: the server sent an empty answer to a statement");
        var result = dialect.ReadResult(document);
        if (result.Bookmarks.Count > 0) _bookmarks = result.Bookmarks;
        return result;
    }

    /// <summary>Sends one request and returns the answer when it holds no error; otherwise throws the mapped exception.</summary>
    internal async Task<Neo4jResponse> SendAsync(HttpMethod method, string path, INeo4jDialect? dialect, Neo4jStatement? statement,
        bool authenticate, bool onOpenTransaction, CancellationToken cancellationToken, string? affinity = null, bool withBookmarks = true)
    {
        var limit = statement?.Timeout is { } longer && longer > Options.RequestTimeout ? longer : Options.RequestTimeout;
        using var timer = new CancellationTokenSource(limit, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timer.Token);
        using var request = Request(method, path, dialect, statement, authenticate, affinity, withBookmarks);
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token)
                .ConfigureAwait(false);
            var document = await ReadAsync(response, $"{method} {path}", linked.Token).ConfigureAwait(false);
            var error = Neo4jErrors.FromBody(document, onOpenTransaction)
                ?? Neo4jErrors.FromStatus(response.StatusCode, $"{Location}: {method} {path}");
            if (error is null) return new Neo4jResponse(document, Header(response, AffinityHeader), response.Headers.Location);
            document?.Dispose();
            throw error;
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested && timer.IsCancellationRequested)
        {
            throw new Neo4jTimeoutException($"{Location}: {method} {path} took longer than {limit}", null, e);
        }
        catch (Exception e) when (e is HttpRequestException || (e is IOException && e is not Neo4jException))
        {
            throw new Neo4jConnectionException($"{Location}: {method} {path} failed: {e.Message}", e);
        }
    }

    private HttpRequestMessage Request(HttpMethod method, string path, INeo4jDialect? dialect, Neo4jStatement? statement, bool authenticate,
        string? affinity, bool withBookmarks)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Accept.Add(Json);
        if (authenticate) request.Headers.Authorization = _authorization;
        if (affinity is not null) request.Headers.TryAddWithoutValidation(AffinityHeader, affinity);
        if (dialect is not null && method == HttpMethod.Post && (statement is not null || dialect.BodyWithoutStatement))
        {
            var body = new MemoryStream();
            using (var writer = new Utf8JsonWriter(body, new JsonWriterOptions { Encoder = Neo4jJson.Options.Encoder }))
                dialect.WriteBody(writer, statement, withBookmarks ? _bookmarks : []);
            request.Content = new ByteArrayContent(body.GetBuffer(), 0, (int)body.Length);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        }
        return request;
    }

    // Parses the body in one go per request: a response is one page of bounded size.
    private async Task<JsonDocument?> ReadAsync(HttpResponseMessage response, string what, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentLength == 0) return null;
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await JsonDocument.ParseAsync(stream, default, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException e)
        {
            if (Neo4jErrors.FromStatus(response.StatusCode, $"{Location}: {what}") is { } status) throw status;
            if (e.LineNumber == 0 && e.BytePositionInLine == 0 && response.Content.Headers.ContentLength is null) return null;
            throw new Neo4jException($"{Location}: {what} answered with something that is not JSON ({e.Message})", null, e);
        }
    }

    private async Task<INeo4jDialect> DialectAsync(CancellationToken cancellationToken) =>
        Dialect((await DiscoverAsync(cancellationToken).ConfigureAwait(false)).Protocol);

    private INeo4jDialect Dialect(Neo4jProtocol protocol) => protocol == Neo4jProtocol.Transactional
        ? new TransactionalDialect(Options.Database!)
        : new QueryApiDialect(Options.Database!);

    private Neo4jServerInfo ReadDiscovery(JsonElement root)
    {
        string? Text(string name) =>
            root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String
                ? v.GetString()
                : null;
        var version = Text("neo4j_version")
            ?? throw new Neo4jException($"{Location}: GET / is not a Neo4j discovery document (no neo4j_version)");
        var hasQuery = Text("query") is not null || (root.TryGetProperty("query_api", out var api) && api.ValueKind != JsonValueKind.Null);
        return new Neo4jServerInfo(version, Text("neo4j_edition"), hasQuery, Text("transaction") is not null, Options.Protocol);
    }

    private static AuthenticationHeaderValue? Authorization(Neo4jOptions options) =>
        !string.IsNullOrEmpty(options.Token) ? new("Bearer", Base64(options.Token))
        : !string.IsNullOrEmpty(options.User) ? new("Basic", Base64($"{options.User}:{options.Password}"))
        : null;

    private static string Base64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
