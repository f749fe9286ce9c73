using ChainGraph.Api.Pages;
using ChainGraph.Api.Printing;
using ChainGraph.Api.Security;
using ChainGraph.GraphQL.AspNetCore;
using ChainGraph.Printing;

namespace ChainGraph.Api;

/// <summary>
/// The pages: <c>/chains</c> and <c>/chains/{id}</c> (the chain map, a static bundle that talks only to /graphql),
/// <c>/chainmap/{file}</c> (its files), and <c>/briefings</c>, <c>/briefings/{id}</c>, <c>/briefings/{id}.pdf</c>
/// (server-rendered briefings). The map's files are public, since they hold no data; the briefings show analyst-level
/// findings and need an analyst key, exactly like the GraphQL fields they summarise (docs/pages.md).
/// </summary>
public static class PageEndpoints
{
    public static void MapPages(this IEndpointRouteBuilder endpoints)
    {
        var assets = EmbeddedFiles.Load(typeof(PageEndpoints).Assembly, "chainmap/");
        var service = ActivatorUtilities.CreateInstance<BriefingService>(endpoints.ServiceProvider);
        endpoints.MapGet("/chains", (HttpContext http) => assets.SendAsync(http, "index.html")).AllowAnonymous();
        endpoints.MapGet("/chains/{chainId}", (HttpContext http) => assets.SendAsync(http, "index.html")).AllowAnonymous();
        endpoints.MapGet("/chainmap/{file}", (HttpContext http, string file) => assets.SendAsync(http, file)).AllowAnonymous();
        endpoints.MapGet("/briefings", (HttpContext http) =>
            Analyst(http) ?? Html(service.CoverHtml("/briefings/")));
        endpoints.MapGet("/briefings/{chainId}", async (HttpContext http, string chainId) =>
        {
            if (Analyst(http) is { } denied) return denied;
            if (BriefingLanguage.Read(http.Request.Query["lang"]) is not { } language)
                return BriefingLanguage.Invalid(http.Request.Query["lang"]);
            if (chainId.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase)) return await PdfAsync(http, service, chainId, language);
            return service.ChainHtml(chainId, language) is { } html ? Html(html) : NoChain(chainId);
        });
    }

    private static async Task<IResult> PdfAsync(HttpContext http, BriefingService service, string file, Domain.Text.Language language)
    {
        try
        {
            var pdf = await service.ChainPdfAsync(file[..^4], language, http.RequestAborted);
            return pdf is null ? NoChain(file) : Results.File(pdf, "application/pdf", $"briefing-{file}");
        }
        catch (PrinterBusyException busy)
        {
            return PrinterBusy.Result(http, busy);
        }
    }

    private static IResult NoChain(string chainId) => Results.NotFound(new { error = $"no chain '{chainId}'" });

    private static IResult? Analyst(HttpContext http) =>
        http.GetCaller() is { } caller && caller.Has(Role.Analyst)
            ? null
            : Results.Json(
                new
                {
                    errors = new[]
                    {
                        new
                        {
                            message = "briefings need the analyst role: send an analyst key (chaingraph keys create --role analyst)",
                            extensions = new { code = SecurityErrorCodes.Forbidden }
                        }
                    }
                },
                statusCode: StatusCodes.Status403Forbidden);

    private static IResult Html(string html) => Results.Text(html, "text/html; charset=utf-8");
}
