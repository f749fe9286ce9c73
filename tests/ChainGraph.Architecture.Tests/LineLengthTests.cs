namespace ChainGraph.Architecture.Tests;

public sealed class LineLengthTests
{
    private const int MaxLength = 140;

    // Projects whose code is not wrapped yet (issue 17); remove each one once it is.
    private static readonly string[] PendingProjects =
        ["ChainGraph.Api", "ChainGraph.Application", "ChainGraph.Cli", "ChainGraph.Storage"];

    // Files whose long lines are text, not code: policy and report wording, HTML/SVG/CSS templates, error messages
    // that read as one sentence.
    private static readonly string[] DataFiles =
    [
        "ChainGraph.Analysis/Chains/ChokepointFinder.cs",
        "ChainGraph.Analysis/Chains/LinkAssessment.cs",
        "ChainGraph.Analysis/Checklist/ChainHealth.cs",
        "ChainGraph.Analysis/Checklist/ChokepointItems.cs",
        "ChainGraph.Analysis/Checklist/SupportAmount.cs",
        "ChainGraph.Analysis/Evaluation/EvaluationWording.cs",
        "ChainGraph.Analysis/Evaluation/ReasonTexts.cs",
        "ChainGraph.Analysis/Figures/FiguresWording.cs",
        "ChainGraph.Analysis/Owners/ChainOwnerIdentifier.cs",
        "ChainGraph.Analysis/Owners/OwnerWording.cs",
        "ChainGraph.Analysis/Pipeline/PipelineWording.cs",
        "ChainGraph.Analysis/Risk/Assessment/RiskAssessor.cs",
        "ChainGraph.Analysis/Risk/Impact/EnterpriseImpact.cs",
        "ChainGraph.Analysis/Risk/Learning/RiskModelArchive.cs",
        "ChainGraph.Analysis/Risk/RiskModelTrainer.cs",
        "ChainGraph.Analysis/Risk/Training/TimeSplit.cs",
        "ChainGraph.GraphQL.AspNetCore/Limits/DocumentShape.cs",
        "ChainGraph.GraphQL.AspNetCore/Limits/OperationCost.cs",
        "ChainGraph.Reporting/BarChartSvg.cs",
        "ChainGraph.Reporting/BriefingHtml.cs",
        "ChainGraph.Reporting/BriefingStyle.cs",
        "ChainGraph.Reporting/BriefingText.cs",
        "ChainGraph.Reporting/ChainMapSvg.cs",
    ];

    [Fact]
    public void SourceLines_AreAtMost140Characters()
    {
        var offenders = SourceFiles()
            .Where(f => !IsPending(f) && !DataFiles.Contains(f))
            .SelectMany(f => LongLines(f).Select(n => $"src/{f}:{n}"));

        offenders.Should().BeEmpty($"lines are at most {MaxLength} characters (.editorconfig max_line_length)");
    }

    [Fact]
    public void DataFiles_AllStillHaveLongLines()
    {
        var stale = DataFiles.Where(f => !File.Exists(FullPath(f)) || !LongLines(f).Any());

        stale.Should().BeEmpty("a data file without long lines leaves the allow-list");
    }

    private static IEnumerable<string> SourceFiles()
    {
        var src = Path.Combine(Repository.Root, "src");
        return Directory.GetFiles(src, "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(src, f).Replace('\\', '/'))
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal));
    }

    private static bool IsPending(string file) => PendingProjects.Any(p => file.StartsWith(p + "/", StringComparison.Ordinal));

    private static IEnumerable<int> LongLines(string file) =>
        File.ReadLines(FullPath(file)).Select((line, i) => (line, i)).Where(x => x.line.Length > MaxLength).Select(x => x.i + 1);

    private static string FullPath(string file) => Path.Combine(Repository.Root, "src", file);
}
