using System.CommandLine;
using ChainGraph.Analysis.Chains;
using ChainGraph.Domain;
using ChainGraph.Cli.Checklist;
using ChainGraph.Application.WhatIf;
using ChainGraph.Storage;

namespace ChainGraph.Cli.Commands;

/// <summary>
/// `chaingraph whatif --add ID --district D [--segment ID] [--chain ID]`: attract a firm into a district (or let a local
/// firm serve a segment) and see which checklist items resolve or improve and how local supply shares change. An unknown
/// firm, district, segment or chain is a usage error (exit 2) that says what would work.
/// </summary>
public static class WhatIfAddition
{
    /// <summary>The options the addition reads.</summary>
    public sealed record Options(Option<string?> Store, Option<string?> District, Option<string?> Segment, Option<string?> Chain,
        Option<bool> Json, Option<string> Lang);

    public static async Task<int> RunAsync(ParseResult parse, string firm, Options options, ResultCacheOption cache,
        CancellationToken token)
    {
        var district = parse.GetValue(options.District)
            ?? throw new UsageException(
            $"--add needs --district, the district the firm moves into; districts: {string.Join(", ", Geography.Districts)}");
        var request = new AdditionRequest(firm, district, parse.GetValue(options.Segment), parse.GetValue(options.Chain));
        return await cache.PrintAsync(parse, options.Store, async (graphStore, output) =>
        {
            var impact = WhatIfUseCase.Add(new ChainAnalyzer(await graphStore.LoadDatasetAsync(token)), request, token);
            var language = LanguageOption.Read(parse, options.Lang);
            if (parse.GetValue(options.Json)) AdditionFormatter.WriteJson(output, impact, language);
            else AdditionFormatter.WriteTable(output, impact, language);
        }, token);
    }
}
