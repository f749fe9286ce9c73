using Microsoft.AspNetCore.Diagnostics;

namespace ChainGraph.Api.Security;

/// <summary>
/// The last line behind every endpoint: an exception that escapes becomes a GraphQL-shaped error with a fixed message,
/// never a stack trace or exception text (the exception is logged on the server). A request the server refused to read
/// (e.g. a body over Kestrel's <c>MaxRequestBodySize</c>) keeps its 4xx status.
/// </summary>
public static class ExceptionResponses
{
    public static Task WriteAsync(HttpContext context) =>
        context.Features.Get<IExceptionHandlerFeature>()?.Error switch
        {
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } =>
                ErrorResponse.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, "the request body is too large",
                SecurityErrorCodes.PayloadTooLarge),
            BadHttpRequestException bad =>
                ErrorResponse.WriteAsync(context, bad.StatusCode, "the request could not be read", SecurityErrorCodes.BadRequest),
            _ =>
                ErrorResponse.WriteAsync(context, StatusCodes.Status500InternalServerError, "internal server error",
                SecurityErrorCodes.InternalServerError),
        };
}
