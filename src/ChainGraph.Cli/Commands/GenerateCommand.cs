using System.CommandLine;
using System.Diagnostics;
using ChainGraph.Cli.Projects;
using ChainGraph.Synthetic;

namespace ChainGraph.Cli.Commands;

/// <summary>
/// <c>chaingraph generate</c>: writes a synthetic dataset in the import format, either the shenzhen sample or a
/// scale dataset of any size for benchmarks. The same seed gives byte-identical files.
/// </summary>
public static class GenerateCommand
{
    private const string Shenzhen = "shenzhen";
    private const string Scale = "scale";

    public static Command Create()
    {
        var preset = new Option<string>(
            "--preset") { Description = "shenzhen: the ~4,500-firm sample of six chains; scale: a benchmark dataset", Required = true };
        preset.AcceptOnlyFromAmong(Shenzhen, Scale);
        var seed = new Option<int>("--seed") { Description = "random seed; the same seed gives identical files",
            DefaultValueFactory = _ => 42 };
        var output = new Option<string>("--out") { Description = "directory to write the files to (created if missing)", Required = true };
        var format = new Option<string>("--format") { Description = "csv or jsonl", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong("csv", "jsonl");
        var enterprises = new Option<int?>(
            "--enterprises") { Description = $"scale preset: number of enterprises (default {ScalePreset.DefaultEnterprises:N0})" };
        var relations = new Option<int?>(
            "--relations") { Description = $"scale preset: number of supply relations (default {ScalePreset.DefaultRelations:N0})" };

        var command = new Command("generate", "Generate realistic synthetic chain data in the import format.")
        {
            preset, seed, output, format, enterprises, relations,
        };
        command.SetAction(parse =>
        {
            var config = parse.InvocationConfiguration;
            var request = new GenerateRequest(parse.GetValue(preset)!, parse.GetValue(seed), parse.GetValue(output)!,
                parse.GetValue(format) == "jsonl" ? OutputFormat.Jsonl : OutputFormat.Csv, parse.GetValue(enterprises),
                parse.GetValue(relations));
            return Run(request, config.Output, config.Error);
        });
        return command;
    }

    private static int Run(GenerateRequest request, TextWriter output, TextWriter error)
    {
        Validate(request);
        Directory.CreateDirectory(request.Directory);
        var clock = Stopwatch.StartNew();
        var rng = new Random(request.Seed);
        var summary = request.Preset == Shenzhen
            ? WriteShenzhen(rng, request)
            : ScalePreset.Generate(rng, request.Enterprises ?? ScalePreset.DefaultEnterprises,
            request.Relations ?? ScalePreset.DefaultRelations, request.Directory, request.Format, error);
        output.WriteLine($"generated {request.Preset} (seed {request.Seed}, {request.Format.ToString().ToLowerInvariant()}) in {clock.Elapsed.TotalSeconds:F1} s: " +
                         $"{summary.Describe()} -> {request.Directory}");
        return ExitCodes.Success;
    }

    private static GenerationSummary WriteShenzhen(Random rng, GenerateRequest request)
    {
        var dataset = ShenzhenPreset.Generate(rng);
        DatasetFileWriter.Write(dataset, request.Directory, request.Format);
        DatasetFileWriter.WriteProjects(ProjectPlanner.Plan(dataset, rng), request.Directory, request.Format);
        return dataset.Summary;
    }

    private static void Validate(GenerateRequest request)
    {
        if (request.Preset == Shenzhen && (request.Enterprises is not null || request.Relations is not null))
            throw new UsageException("--enterprises and --relations apply to the scale preset only; the shenzhen preset has a fixed size");
        if (request.Preset != Scale) return;
        var enterprises = request.Enterprises ?? ScalePreset.DefaultEnterprises;
        if (enterprises is < ScaleLayout.MinimumEnterprises or > ScaleLayout.MaximumEnterprises)
            throw new UsageException(
                $"--enterprises must be between {ScaleLayout.MinimumEnterprises:N0} and {ScaleLayout.MaximumEnterprises:N0}");
        var capacity = new ScaleLayout(new TemplateGraph(ChainTemplates.All), enterprises).Capacity();
        var relations = request.Relations ?? ScalePreset.DefaultRelations;
        if (relations < 0 || relations > capacity)
            throw new UsageException($"--relations must be between 0 and {capacity:N0} for {enterprises:N0} enterprises");
    }

    private sealed record GenerateRequest(string Preset, int Seed, string Directory, OutputFormat Format, int? Enterprises, int? Relations);
}
