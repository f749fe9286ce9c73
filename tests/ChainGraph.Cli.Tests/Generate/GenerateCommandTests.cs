using ChainGraph.Cli.Commands;
using ChainGraph.Synthetic.Tests;

namespace ChainGraph.Cli.Tests.Generate;

public sealed class GenerateCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Run_Shenzhen_ExitZeroAndOneLineSummary()
    {
        var (exit, output, _) = Run("--preset", "shenzhen", "--out", _temp.Path);

        exit.Should().Be(ExitCodes.Success);
        output.Trim().Split('\n').Should().ContainSingle().Which.Should().Contain("enterprises").And.Contain("supplies");
        Directory.GetFiles(_temp.Path, "*.csv").Should().HaveCount(8, "the seven data files and projects.csv");
    }

    [Theory]
    [InlineData("--preset", "shenzhen", "--enterprises", "100")]
    [InlineData("--preset", "shenzhen", "--relations", "100")]
    [InlineData("--preset", "scale", "--enterprises", "10")]
    [InlineData("--preset", "scale", "--enterprises", "1000", "--relations", "100000000")]
    [InlineData("--preset", "nowhere")]
    [InlineData("--preset", "shenzhen", "--format", "xml")]
    public void Run_BadOptions_ExitTwoAndWritesNothing(params string[] args)
    {
        var (exit, _, error) = Run(args);

        exit.Should().Be(ExitCodes.Usage);
        error.Should().Contain("error");
        Directory.GetFiles(_temp.Path).Should().BeEmpty();
    }

    [Fact]
    public void Run_ScaleJsonl_WritesJsonLinesWithSameFieldNames()
    {
        var (exit, _, _) = Run("--preset", "scale", "--enterprises", "1000", "--relations", "5000", "--format", "jsonl", "--out", _temp.Path);

        exit.Should().Be(ExitCodes.Success);
        var first = File.ReadLines(Path.Combine(_temp.Path, "supplies.jsonl")).First();
        using var json = System.Text.Json.JsonDocument.Parse(first);
        json.RootElement.GetProperty("share").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Number);
        json.RootElement.GetProperty("supplier_id").GetString().Should().HaveLength(18);
        File.ReadLines(Path.Combine(_temp.Path, "supplies.jsonl")).Should().HaveCount(5000);
    }

    private (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        string[] all = args.Contains("--out") ? ["generate", .. args] : ["generate", .. args, "--out", _temp.Path];
        var exit = CliApp.Run(all, [GenerateCommand.Create()], output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
