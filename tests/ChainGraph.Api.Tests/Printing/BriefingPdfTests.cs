using System.Net;
using ChainGraph.Api.Printing;
using static ChainGraph.Api.Tests.Security.Responses;

namespace ChainGraph.Api.Tests.Printing;

/// <summary>Issue 15 finding 4: PDF rendering is bounded, refused with 429 beyond the queue, and cached.</summary>
public sealed class BriefingPdfTests(PdfHost api) : IClassFixture<PdfHost>
{
    [Fact]
    public async Task Get_EightAtOnce_AtMostTwoRendersRestQueuedOrRefused()
    {
        var chains = await ChainIds();
        var paths = chains.Concat(chains).Take(8).Select(c => $"/briefings/{c}.pdf").ToArray();

        var responses = await Task.WhenAll(paths.Select(p => api.Client.GetAsync(p)));

        api.MaxAtOnce.Should().Be(2);
        responses.Should().OnlyContain(r => r.StatusCode == HttpStatusCode.OK || r.StatusCode == HttpStatusCode.TooManyRequests);
        var refused = responses.Where(r => r.StatusCode == HttpStatusCode.TooManyRequests).ToArray();
        refused.Should().NotBeEmpty("at least five uncached chains exceed two printing and one waiting");
        refused.Should().OnlyContain(r => r.Headers.RetryAfter!.Delta >= TimeSpan.FromSeconds(1));
        (await ErrorCode(refused[0])).Should().Be(PrinterBusy.Code);
        responses.Where(r => r.IsSuccessStatusCode).Should().OnlyContain(r => r.Content.Headers.ContentType!.MediaType == "application/pdf");
    }

    [Fact]
    public async Task Get_SamePdfTwice_OneRender()
    {
        var chain = (await ChainIds()).Last();
        await WaitUntilIdle();
        var before = api.Renders;

        var first = await api.Client.GetByteArrayAsync($"/briefings/{chain}.pdf");
        var second = await api.Client.GetByteArrayAsync($"/briefings/{chain}.pdf");

        api.Renders.Should().Be(before + 1);
        second.Should().Equal(first);
        System.Text.Encoding.ASCII.GetString(first).Should().StartWith("%PDF");
    }

    [Fact]
    public async Task Get_AsRoot_SandboxOff()
    {
        await api.Client.GetByteArrayAsync($"/briefings/{(await ChainIds()).Last()}.pdf");

        api.Arguments.Should().NotBeEmpty().And.OnlyContain(a => a.Contains("--no-sandbox") == Environment.IsPrivilegedProcess);
    }

    [Fact]
    public async Task Get_UnknownChain_404WithoutRender()
    {
        var before = api.Renders;

        (await api.Client.GetAsync("/briefings/no-such-chain.pdf")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        api.Renders.Should().Be(before);
    }

    private async Task<string[]> ChainIds()
    {
        var json = await Json(await api.Client.PostAsync("/graphql", new StringContent("""{"query":"{ chains { id } }"}""", System.Text.Encoding.UTF8, "application/json")));
        return [.. json.GetProperty("data").GetProperty("chains").EnumerateArray().Select(c => c.GetProperty("id").GetString()!)];
    }

    private async Task WaitUntilIdle()
    {
        var printer = (ChainGraph.Printing.BoundedPdfPrinter)api.App.Services.GetService(typeof(ChainGraph.Printing.BoundedPdfPrinter))!;
        while (printer.Running + printer.Waiting > 0) await Task.Delay(50);
    }
}
