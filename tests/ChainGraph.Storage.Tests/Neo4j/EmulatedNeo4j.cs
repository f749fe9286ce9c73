using System.Globalization;
using ChainGraph.Storage.Neo4j;

namespace ChainGraph.Storage.Tests.Neo4j;

/// <summary>
/// A stand-in Neo4j for <see cref="FakeNeo4jServer"/>: it speaks the Query API or the transactional endpoint
/// (implicit and explicit transactions, commit, rollback, affinity header) and executes exactly the statements of
/// <see cref="Neo4jCypher"/>, by their text, on an <see cref="EmulatedGraph"/> with the semantics those statements
/// have in Neo4j (MERGE, SET of null removing a property, toFloat/toInteger/date). Any other statement is answered
/// with a syntax error. It lets the store contract run our whole store over real HTTP; it cannot tell whether the
/// Cypher text is what Neo4j would accept, which only a live server shows.
/// </summary>
public sealed class EmulatedNeo4j(Neo4jProtocol protocol, string version = "5.26.0")
{
    private const string Affinity = "ZW11bGF0ZWQ=";
    private readonly Dictionary<string, EmulatedGraph> _open = [];
    private EmulatedGraph _committed = new();
    private int _transactions;

    /// <summary>Every statement text received, in order.</summary>
    public List<string> StatementTexts { get; } = [];

    /// <summary>Called with each statement before it runs; throw from it to inject a failure (reported as a Neo4j error).</summary>
    public Func<string, FakeReply?>? Interrupt { get; set; }

    public EmulatedGraph Committed => _committed;

    public FakeReply Respond(FakeRequest request)
    {
        lock (_open)
        {
            if (request.Path == "/") return FakeReply.Discovery(version, protocol == Neo4jProtocol.QueryApi, protocol == Neo4jProtocol.Transactional);
            var root = protocol == Neo4jProtocol.QueryApi ? "/db/neo4j/query/v2" : "/db/neo4j/tx";
            var implicitPath = protocol == Neo4jProtocol.QueryApi ? root : root + "/commit";
            var beginPath = protocol == Neo4jProtocol.QueryApi ? root + "/tx" : root;
            if (request.Path == implicitPath) return Implicit(request);
            if (request.Path == beginPath) return Begin(request);
            var id = request.Path[(beginPath.Length + 1)..].Replace("/commit", "");
            if (!_open.TryGetValue(id, out var graph)) return Error("Neo.ClientError.Transaction.TransactionNotFound", $"Transaction with Id: \"{id}\" was not found.");
            if (request.Method == "DELETE")
            {
                _open.Remove(id);
                return Answer([], [], null);
            }
            var reply = Run(request, graph, id);
            if (request.Path.EndsWith("/commit", StringComparison.Ordinal) && _open.Remove(id) && reply.Status is 200 or 202 && !reply.Body!.Contains("\"errors\":[{"))
                _committed = graph;
            return reply;
        }
    }

    private FakeReply Implicit(FakeRequest request)
    {
        var graph = _committed.Clone();
        var reply = Run(request, graph, null);
        if (!reply.Body!.Contains("\"errors\":[{")) _committed = graph;
        return reply;
    }

    private FakeReply Begin(FakeRequest request)
    {
        var id = (++_transactions).ToString(CultureInfo.InvariantCulture);
        var graph = _committed.Clone();
        _open[id] = graph;
        return Run(request, graph, id);
    }

    private FakeReply Run(FakeRequest request, EmulatedGraph graph, string? transaction)
    {
        var statement = request.Statements.FirstOrDefault();
        if (statement is null) return Answer([], [], transaction);
        StatementTexts.Add(statement);
        try
        {
            if (Interrupt?.Invoke(statement) is { } interrupted)
            {
                // A reported error ends the transaction on the server; a dropped connection leaves it open.
                if (transaction is not null && !interrupted.Abort) _open.Remove(transaction);
                return interrupted;
            }
            var (fields, rows) = new EmulatedStatement(graph, request.Parameters).Execute(statement);
            return Answer(fields, rows, transaction);
        }
        catch (EmulatedError e)
        {
            if (transaction is not null) _open.Remove(transaction);
            return Error(e.Code, e.Message);
        }
    }

    private FakeReply Answer(string[] fields, object?[][] rows, string? transaction)
    {
        if (protocol == Neo4jProtocol.Transactional)
            return FakeReply.Transactional(fields, rows, transaction is null ? null : $"http://localhost:7474/db/neo4j/tx/{transaction}/commit");
        var headers = transaction is null ? null : new Dictionary<string, string> { ["neo4j-cluster-affinity"] = Affinity };
        return FakeReply.QueryApi(fields, rows, transaction, headers: headers);
    }

    private FakeReply Error(string code, string message) =>
        FakeReply.Error(protocol == Neo4jProtocol.Transactional ? 200 : 202, code, message, protocol == Neo4jProtocol.Transactional);
}
