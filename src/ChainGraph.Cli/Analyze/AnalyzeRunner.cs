using System.CommandLine;
using System.Text;
using ChainGraph.Analysis.Graph;

namespace ChainGraph.Cli.Analyze;

/// <summary>Runs `analyze`: read the edge list, compute, write the JSON; exit 1 on unreadable input.</summary>
public static class AnalyzeRunner
{
    public static int Run(ParseResult parse, AnalyzeOptions options, CancellationToken cancellationToken)
    {
        var request = AnalyzeRequest.From(parse, options);
        var error = parse.InvocationConfiguration.Error;
        SupplyGraph graph;
        try
        {
            using var stream = new FileStream(request.EdgesPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1,
                FileOptions.SequentialScan);
            graph = EdgeListReader.Read(stream, request.EdgesPath, cancellationToken);
        }
        catch (EdgeListFormatException e)
        {
            error.WriteLine($"error: {e.Message}");
            return ExitCodes.Rejected;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: {request.EdgesPath}: cannot read: {e.Message}");
            return ExitCodes.Rejected;
        }
        var report = AnalysisReport.Compute(graph, request, FindRoot(graph, request), cancellationToken);
        WriteOutput(report, request.OutPath, parse.InvocationConfiguration.Output);
        return ExitCodes.Success;
    }

    private static int? FindRoot(SupplyGraph graph, AnalyzeRequest request)
    {
        if (request.Root is null) return null;
        if (!graph.TryGetNode(request.Root, out var root))
            throw new UsageException($"--root {request.Root} is not a node of {request.EdgesPath}");
        return root;
    }

    private static void WriteOutput(AnalysisReport report, string? outPath, TextWriter output)
    {
        if (outPath is not null)
        {
            using var file = new FileStream(outPath, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
            AnalysisJsonWriter.Write(file, report);
            return;
        }
        if (ReferenceEquals(output, Console.Out))
        {
            output.Flush();
            using var stdout = Console.OpenStandardOutput();
            AnalysisJsonWriter.Write(stdout, report);
            return;
        }
        using var buffer = new MemoryStream();
        AnalysisJsonWriter.Write(buffer, report);
        output.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }
}
