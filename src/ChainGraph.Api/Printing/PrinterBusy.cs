using System.Globalization;
using ChainGraph.Printing;

namespace ChainGraph.Api.Printing;

/// <summary>The answer when the PDF printer's queue is full: 429 with <c>Retry-After</c> and the GraphQL error shape.</summary>
public static class PrinterBusy
{
    /// <summary>The error code in <c>extensions.code</c>.</summary>
    public const string Code = "PRINTER_BUSY";

    public static IResult Result(HttpContext http, PrinterBusyException busy)
    {
        http.Response.Headers.RetryAfter = ((int)Math.Ceiling(busy.RetryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        http.RequestServices.GetRequiredService<Telemetry.ChainGraphMetrics>().Rejected(Telemetry.RejectionReason.PrinterBusy);
        http.Items[Telemetry.RequestOutcomes.Counted] = true;
        return Results.Json(new { errors = new[] { new { message = busy.Message, extensions = new { code = Code } } } },
            statusCode: StatusCodes.Status429TooManyRequests);
    }
}
