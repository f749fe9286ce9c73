using GraphQL;
using GraphQLParser.AST;

namespace ChainGraph.GraphQL.AspNetCore;

/// <summary>
/// A query text parsed and checked for shape limits once: either its document or the request error it gives.
/// <see cref="Validated"/> turns true after GraphQL.NET validated it without errors, so later requests skip validation.
/// </summary>
internal sealed class PreparedDocument
{
    private PreparedDocument(GraphQLDocument? document, ExecutionError? error, RequestErrorKind kind)
    {
        Document = document;
        Error = error;
        ErrorKind = kind;
    }

    public GraphQLDocument? Document { get; }

    public ExecutionError? Error { get; }

    public RequestErrorKind ErrorKind { get; }

    public bool Validated { get; set; }

    public static PreparedDocument Of(GraphQLDocument document) => new(document, null, RequestErrorKind.None);

    public static PreparedDocument Failed(ExecutionError error, RequestErrorKind kind) => new(null, error, kind);
}
