namespace ChainGraph.Storage.Neo4j;

/// <summary>
/// What the discovery document (<c>GET /</c>) says about a server, and the protocols chosen from it:
/// <see cref="Protocol"/> for single statements, <see cref="TransactionProtocol"/> for explicit transactions
/// (null when the server has none the client can use).
/// </summary>
public sealed record Neo4jServerInfo(string Version, string? Edition, bool HasQueryApi, bool HasTransactionalApi,
    Neo4jProtocol Forced = Neo4jProtocol.Auto)
{
    /// <summary>
    /// What is assumed of a server that was not asked (a protocol set by configuration, or no discovery document): a current one.
    /// </summary>
    public static Neo4jServerInfo Undiscovered(Neo4jProtocol protocol) =>
        new("unknown", null, protocol == Neo4jProtocol.QueryApi, protocol == Neo4jProtocol.Transactional, protocol);

    /// <summary>True when <see cref="Version"/> is 5.26 or later (calendar versions such as 2025.01 included).</summary>
    public bool QueryApiHasTransactions => AtLeast(5, 26);

    public Neo4jProtocol Protocol => Forced != Neo4jProtocol.Auto ? Forced
        : HasQueryApi && (QueryApiHasTransactions || !HasTransactionalApi) ? Neo4jProtocol.QueryApi
        : HasTransactionalApi ? Neo4jProtocol.Transactional
        : Neo4jProtocol.QueryApi;

    public Neo4jProtocol? TransactionProtocol => Protocol switch
    {
        Neo4jProtocol.QueryApi when QueryApiHasTransactions => Neo4jProtocol.QueryApi,
        _ when Forced == Neo4jProtocol.QueryApi => null,
        _ when HasTransactionalApi || Forced == Neo4jProtocol.Transactional => Neo4jProtocol.Transactional,
        _ => null,
    };

    /// <summary>Compares the leading numbers of <see cref="Version"/>; an unreadable version counts as new.</summary>
    public bool AtLeast(int major, int minor)
    {
        var parts = Version.Split('.', '-');
        if (parts.Length < 2 || !int.TryParse(parts[0], out var ma) || !int.TryParse(parts[1], out var mi)) return true;
        return ma > major || (ma == major && mi >= minor);
    }
}
