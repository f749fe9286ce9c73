namespace ChainGraph.GraphQL.AspNetCore;

/// <summary>Log messages of the GraphQL endpoint.</summary>
internal static partial class GraphQLHttpLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Error, Message = "GraphQL request failed unexpectedly")]
    public static partial void UnexpectedFailure(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Warning, Message = "GraphQL request exceeded the time limit of {TimeoutMs} ms")]
    public static partial void TimedOut(ILogger logger, double timeoutMs);
}
