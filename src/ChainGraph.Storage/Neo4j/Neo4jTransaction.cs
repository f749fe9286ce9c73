namespace ChainGraph.Storage.Neo4j;

/// <summary>
/// An explicit transaction. The first <see cref="RunAsync"/> opens it on the server (so no empty begin request is
/// ever sent); later calls echo the <c>neo4j-cluster-affinity</c> header the server returned, as the Query API
/// requires in a cluster. Nothing is retried here: after any error the server has rolled the transaction back.
/// Disposing an uncommitted transaction rolls it back (best effort). Not thread-safe.
/// </summary>
public sealed class Neo4jTransaction : IAsyncDisposable
{
    private readonly Neo4jHttpClient _client;
    private readonly INeo4jDialect _dialect;
    private string? _id;
    private string? _affinity;
    private bool _finished;

    internal Neo4jTransaction(Neo4jHttpClient client, INeo4jDialect dialect)
    {
        _client = client;
        _dialect = dialect;
    }

    public Neo4jProtocol Protocol => _dialect.Protocol;

    /// <summary>The server's id for the transaction, once opened.</summary>
    public string? Id => _id;

    public async Task<Neo4jResult> RunAsync(Neo4jStatement statement, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        try
        {
            if (_id is not null)
                return await SendAsync(HttpMethod.Post, _dialect.RunPath(_id), statement, cancellationToken).ConfigureAwait(false);
            var response = await _client.SendAsync(HttpMethod.Post, _dialect.BeginPath, _dialect, statement, authenticate: true,
                onOpenTransaction: false, cancellationToken).ConfigureAwait(false);
            _affinity = response.Affinity;
            _id = response.Document is { } document ? _dialect.ReadTransactionId(document, response.Location) : null;
            var result = _client.Result(_dialect, response);
            if (_id is null) throw new Neo4jException($"{_client.Location}: the server opened a transaction without telling its id");
            return result;
        }
        catch (Neo4jException e) when (e.Code is not null)
        {
            // The server ends a transaction on any error it reports, but a proxy or an older server may not have: roll
            // back explicitly (best effort) so no locks outlive the failure — unless the error says it is already gone.
            // A timeout or dropped connection leaves it open too: disposing rolls it back.
            if (e is Neo4jTransactionExpiredException) _finished = true;
            else await RollbackQuietlyAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Commits, running <paramref name="last"/> first when given. A transaction that never ran a statement commits as one implicit
    /// statement.
    /// </summary>
    public async Task<Neo4jResult> CommitAsync(Neo4jStatement? last = null, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        _finished = true;
        if (_id is null) return last is null ? Neo4jResult.Empty : await _client.RunAsync(last, cancellationToken).ConfigureAwait(false);
        return await SendAsync(HttpMethod.Post, _dialect.CommitPath(_id), last, cancellationToken).ConfigureAwait(false);
    }

    public async Task RollbackAsync(CancellationToken cancellationToken = default)
    {
        if (_finished || _id is null)
        {
            _finished = true;
            return;
        }
        _finished = true;
        var response = await _client.SendAsync(HttpMethod.Delete, _dialect.RollbackPath(_id), null, null, authenticate: true,
            onOpenTransaction: true, cancellationToken, _affinity).ConfigureAwait(false);
        response.Document?.Dispose();
    }

    public ValueTask DisposeAsync() => new(RollbackQuietlyAsync());

    private async Task RollbackQuietlyAsync()
    {
        if (_finished || _id is null)
        {
            _finished = true;
            return;
        }
        try
        {
            await RollbackAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (Neo4jException)
        {
            // Already gone (the server ended it with the error) or unreachable: the server rolls an abandoned
            // transaction back when it expires, and the caller already has the real error.
        }
    }

    private async Task<Neo4jResult> SendAsync(HttpMethod method, string path, Neo4jStatement? statement,
        CancellationToken cancellationToken)
    {
        var response = await _client.SendAsync(method, path, _dialect, statement, authenticate: true, onOpenTransaction: true,
            cancellationToken, _affinity, withBookmarks: false).ConfigureAwait(false);
        return response.Document is null ? Neo4jResult.Empty : _client.Result(_dialect, response);
    }
}
