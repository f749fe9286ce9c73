using GraphQL;
using GraphQL.Execution;

namespace ChainGraph.GraphQL.AspNetCore;

/// <summary>
/// Shapes errors as the API documents them: <c>message</c>, <c>locations</c>, <c>path</c>, and <c>extensions</c> holding
/// <c>code</c> plus whatever the error added. An unexpected exception becomes "Unexpected Execution Error" with
/// INTERNAL_SERVER_ERROR and nothing of the exception (unless details are on, for development). Thread-safe.
/// </summary>
public sealed class CodedErrorInfoProvider(bool includeExceptionDetails = false) : IErrorInfoProvider
{
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";
    public const string UnexpectedMessage = "Unexpected Execution Error";

    public ErrorInfo GetInfo(ExecutionError executionError)
    {
        if (executionError is UnhandledError unhandled)
        {
            var message = includeExceptionDetails ? $"{UnexpectedMessage}: {unhandled.InnerException?.Message}" : UnexpectedMessage;
            return new ErrorInfo { Message = message, Extensions = new Dictionary<string, object?> { ["code"] = InternalServerError } };
        }

        var extensions = new Dictionary<string, object?>();
        if (executionError.Code is { } code) extensions["code"] = code;
        if (executionError.Extensions is { } more)
        {
            foreach (var (key, value) in more) extensions[key] = value;
        }

        return new ErrorInfo { Message = executionError.Message, Extensions = extensions.Count == 0 ? null : extensions };
    }
}
