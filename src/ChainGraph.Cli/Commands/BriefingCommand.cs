using System.CommandLine;
using System.Globalization;
using ChainGraph.Analysis.Checklist;
using ChainGraph.Application;
using ChainGraph.Application.Briefings;
using ChainGraph.Reporting;
using ChainGraph.Analysis.Chains;
using ChainGraph.Domain.Text;
using ChainGraph.Printing;
using ChainGraph.Storage;

namespace ChainGraph.Cli.Commands;

/// <summary>
/// `chaingraph briefing`: the chain-security briefing (产业链安全简报) of a chain, or of all chains with a cover, as PDF and/or HTML.
/// </summary>
public static class BriefingCommand
{
    private const string AllChains = "all";

    public static Command Create()
    {
        var store = StoreOption.Create();
        var chain = new Option<string>(
            "--chain") { Description = "The chain's id (e.g. nev), or 'all' for the cover summary followed by every chain", Required = true,
            HelpName = "ID" };
        var output = new Option<FileInfo?>("--out") { Description = "Write the PDF here (needs Debian's chromium and fonts-noto-cjk)",
            HelpName = "FILE.pdf" };
        var html = new Option<FileInfo?>("--html") { Description = "Write the HTML here", HelpName = "FILE.html" };
        var previous = new Option<FileInfo?>("--previous") { Description = $"The previous quarter's checklist JSON; default the latest DATA/{PreviousChecklistFiles.FolderName}/YYYY-Qn.json before this quarter", HelpName = "FILE.json" };
        var record = new Option<bool>(
            "--record") { Description =
            $"Store this quarter's checklist as DATA/{PreviousChecklistFiles.FolderName}/YYYY-Qn.json for next quarter's comparison" };
        var date = new Option<DateOnly?>("--date") { Description = "The briefing's date (default today)", HelpName = "yyyy-MM-dd" };
        var chromium = new Option<string>("--chromium") { Description = "Chromium executable",
            DefaultValueFactory = _ => ChromiumPrinter.DefaultExecutable, HelpName = "PATH" };
        var lang = LanguageOption.Create();
        var command = new Command("briefing", "Render the chain-security briefing (产业链安全简报): health, map, chokepoints, missing and weak links, risk, changes since last quarter, actions")
        {
            store, chain, output, html, previous, record, date, chromium, lang,
        };
        command.SetAction(async (parse, token) =>
        {
            var pdfFile = parse.GetValue(output);
            var htmlFile = parse.GetValue(html);
            if (pdfFile is null && htmlFile is null) throw new UsageException("say where to write: --out FILE.pdf and/or --html FILE.html");
            using var graphStore = await StoreFactory.OpenAsync(parse.GetValue(store), cancellationToken: token);
            var dataset = await graphStore.LoadDatasetAsync(token);
            var analyzer = new ChainAnalyzer(dataset);
            var today = parse.GetValue(date) ?? DateOnly.FromDateTime(TimeProvider.System.GetLocalNow().DateTime);
            var dataFolder = PreviousChecklistFiles.DataFolderOf(graphStore.Location);
            var prior = parse.GetValue(previous) is { } file
                ? ReadPrevious(file.FullName)
                : PreviousChecklistFiles.FindStored(dataFolder, today);
            var language = LanguageOption.Read(parse, lang);
            var document = Render(new BriefingComposer(analyzer, analyzer.Checklist(cancellationToken: token), today, dataset.Version,
                prior), analyzer.Index, parse.GetValue(chain)!, language);
            if (htmlFile is not null) await File.WriteAllTextAsync(htmlFile.FullName, document.Html, token);
            if (pdfFile is not null)
                await File.WriteAllBytesAsync(pdfFile.FullName, await Printer(parse.GetValue(chromium)!).PrintAsync(document.Html, token),
                    token);
            var console = parse.InvocationConfiguration.Output;
            var zh = language == Language.Zh;
            console.WriteLine(zh
                ? string.Create(CultureInfo.InvariantCulture, $"产业链安全简报：{document.Title}（数据版本 {dataset.Version}，{today:yyyy-MM-dd}；{(prior is null ? "无上季度清单可比较" : "对比 " + prior.Label)}）")
                : string.Create(CultureInfo.InvariantCulture, $"briefing of {document.Title} (data version {dataset.Version}, {today:yyyy-MM-dd}; {(prior is null ? "no previous quarter" : "compared with " + prior.Label)})"));
            foreach (var written in new[] { pdfFile, htmlFile }.OfType<FileInfo>())
                console.WriteLine(zh ? $"  已写入 {written.FullName}" : $"  wrote {written.FullName}");
            if (parse.GetValue(record))
                console.WriteLine((zh ? "  已记录 " : "  recorded ") + PreviousChecklistFiles.Record(dataFolder, today, dataset.Version,
                    document.Checklist));
            return ExitCodes.Success;
        });
        return command;
    }

    // The sandbox is on wherever the platform allows it (not as root; docs/security.md "Rendering limits").
    private static ChromiumPrinter Printer(string executable) => new(executable, ChromiumSandbox.Detect(SandboxMode.Auto).Enabled);

    /// <exception cref="UsageException">The chain is unknown.</exception>
    private static BriefingDocument Render(BriefingComposer composer, ChainIndex index, string chainId, Language language)
    {
        if (chainId == AllChains) return composer.AllChains(language);
        if (!index.HasChain(chainId))
            throw new UsageException(
                $"unknown chain '{chainId}'; chains: {string.Join(", ", index.Chains.Select(c => c.Id))}, or {AllChains}");
        return composer.Chain(chainId, language);
    }

    private static PreviousChecklist ReadPrevious(string path)
    {
        try
        {
            return PreviousChecklistFiles.Read(path);
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            throw new UsageException(e.Message);
        }
    }
}
