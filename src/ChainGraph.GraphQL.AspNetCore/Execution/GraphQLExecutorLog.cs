namespace ChainGraph.GraphQL.AspNetCore;

/// <summary>Log messages of <see cref="GraphQLRequestExecutor"/>.</summary>
internal static partial class GraphQLExecutorLog
{
    [LoggerMessage(EventId = 4010, Level = LogLevel.Error,
        Message = "GraphQL resolver failed unexpectedly (request {RequestId}, field {Path})")]
    public static partial void ResolverFailed(ILogger logger, Exception exception, string requestId, string path);
}
