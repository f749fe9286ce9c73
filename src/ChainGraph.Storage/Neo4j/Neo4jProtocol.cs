namespace ChainGraph.Storage.Neo4j;

/// <summary>Which of Neo4j's HTTP APIs a client speaks.</summary>
public enum Neo4jProtocol
{
    /// <summary>Decide from the server's discovery document (<c>GET /</c>); without one (Aura), the Query API.</summary>
    Auto,

    /// <summary>The Query API (<c>/db/{db}/query/v2</c>): Neo4j 5.23+, on by default from 5.25, explicit transactions from 5.26.</summary>
    QueryApi,

    /// <summary>The legacy transactional HTTP endpoint (<c>/db/{db}/tx</c>), for older 5.x servers. Not on Aura.</summary>
    Transactional,
}
