using System.Net;
using System.Text.Json;

namespace ChainGraph.Storage.Neo4j;

/// <summary>
/// Turns an answer into the exception it means. The <c>errors</c> array decides whatever the status code: the
/// Query API answers 202 to failed statements (and, from 2025.11, statuses derived from GQL status), the
/// transactional endpoint 200/201. Only without errors does the status code speak.
/// </summary>
internal static class Neo4jErrors
{
    // Drivers retry these ClientErrors too: the cluster moved the leader, or the request hit a follower.
    private static readonly HashSet<string> RetryableClientErrors =
        ["Neo.ClientError.Cluster.NotALeader", "Neo.ClientError.General.ForbiddenOnReadOnlyDatabase"];

    // Drivers do not retry these TransientErrors: someone terminated the transaction on purpose.
    private static readonly HashSet<string> FinalTransientErrors =
        ["Neo.TransientError.Transaction.Terminated", "Neo.TransientError.Transaction.LockClientStopped"];

    /// <summary>The exception for the first entry of <c>errors</c>, or null when the document has none.</summary>
    public static Neo4jException? FromBody(JsonDocument? body, bool onOpenTransaction)
    {
        if (body is null || body.RootElement.ValueKind != JsonValueKind.Object) return null;
        if (!body.RootElement.TryGetProperty("errors", out var errors) || errors.ValueKind != JsonValueKind.Array
            || errors.GetArrayLength() == 0)
            return null;
        var first = errors[0];
        var code = Text(first, "code") ?? "Neo.DatabaseError.General.UnknownError";
        var message = Text(first, "message") ?? "(no message)";
        return Map(code, message, onOpenTransaction);
    }

    /// <summary>The exception for an answer without <c>errors</c> whose status is not a success, or null.</summary>
    public static Neo4jException? FromStatus(HttpStatusCode status, string what) => (int)status switch
    {
        401 or 403 => new Neo4jAuthenticationException($"{what}: the server answered {(int)status} {status}; check the user and password"),
        >= 500 => new Neo4jConnectionException($"{what}: the server answered {(int)status} {status}"),
        >= 300 => new Neo4jException($"{what}: the server answered {(int)status} {status}"),
        _ => null,
    };

    public static Neo4jException Map(string code, string message, bool onOpenTransaction)
    {
        if (code.StartsWith("Neo.ClientError.Security.", StringComparison.Ordinal)) return new Neo4jAuthenticationException(message, code);
        if (code == "Neo.ClientError.Statement.SyntaxError") return new Neo4jSyntaxException(message, code);
        if (code is "Neo.ClientError.Schema.ConstraintValidationFailed" or "Neo.ClientError.Schema.ConstraintViolation")
            return new Neo4jConstraintViolationException(message, code);
        if (code == "Neo.ClientError.Transaction.TransactionNotFound" || (onOpenTransaction && IsQueryApiExpiry(code, message)))
            return new Neo4jTransactionExpiredException(message, code);
        if (RetryableClientErrors.Contains(code)) return new Neo4jTransientException(message, code);
        if (code.StartsWith("Neo.TransientError.", StringComparison.Ordinal) && !FinalTransientErrors.Contains(code))
            return new Neo4jTransientException(message, code);
        return new Neo4jException(message, code);
    }

    // The Query API reports an unknown (expired) transaction id as a generic invalid request.
    private static bool IsQueryApiExpiry(string code, string message) =>
        code == "Neo.ClientError.Request.Invalid" && message.Contains("not found", StringComparison.OrdinalIgnoreCase);

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
