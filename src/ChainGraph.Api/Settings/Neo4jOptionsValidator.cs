using ChainGraph.Storage.Neo4j;
using Microsoft.Extensions.Options;

namespace ChainGraph.Api.Settings;

/// <summary>
/// Checks <c>ChainGraph:Neo4j</c> at start: sizes and timeouts positive, retries not negative; each failure names its key.
/// </summary>
internal sealed class Neo4jOptionsValidator : IValidateOptions<Neo4jOptions>
{
    public ValidateOptionsResult Validate(string? name, Neo4jOptions options)
    {
        var failures = new List<string>();
        if (options.BatchSize <= 0) failures.Add(Failure(nameof(options.BatchSize), "must be positive", options.BatchSize));
        if (options.PageSize <= 0) failures.Add(Failure(nameof(options.PageSize), "must be positive", options.PageSize));
        if (options.RequestTimeout <= TimeSpan.Zero)
            failures.Add(Failure(nameof(options.RequestTimeout), "must be positive", options.RequestTimeout));
        if (options.MaxRetries < 0) failures.Add(Failure(nameof(options.MaxRetries), "must not be negative", options.MaxRetries));
        if (options.RetryDelay < TimeSpan.Zero)
            failures.Add(Failure(nameof(options.RetryDelay), "must not be negative", options.RetryDelay));
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static string Failure(string key, string rule, object value) => $"{Neo4jOptions.Section}:{key} {rule} (is {value})";
}
