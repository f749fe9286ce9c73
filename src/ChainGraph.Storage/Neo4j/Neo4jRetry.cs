using Polly;
using Polly.Retry;

namespace ChainGraph.Storage.Neo4j;

/// <summary>
/// The retry policy: <see cref="Neo4jTransientException"/> (including dropped connections) is retried up to
/// <see cref="Neo4jOptions.MaxRetries"/> times with exponential backoff and jitter; everything else fails at once.
/// The unit retried must be safe to repeat: a single idempotent statement, or a whole explicit transaction.
/// </summary>
internal static class Neo4jRetry
{
    public static ResiliencePipeline Create(Neo4jOptions options, TimeProvider time)
    {
        if (options.MaxRetries == 0) return ResiliencePipeline.Empty;
        return new ResiliencePipelineBuilder { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<Neo4jTransientException>(),
                MaxRetryAttempts = options.MaxRetries,
                Delay = options.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
            })
            .Build();
    }
}
