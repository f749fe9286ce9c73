using System.Text.Json;
using ChainGraph.Cli.Tests.Commands;

namespace ChainGraph.Cli.Tests.Risk;

/// <summary>`train`, `risk`, `evaluate` and `owners` on the bundled sample, through the real program.</summary>
public sealed class RiskCommandsTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "chaingraph-cli-tests", Guid.NewGuid().ToString("N"));

    public RiskCommandsTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Risk_WithoutThenWithATrainedModel_TrainsOnTheFlyOnlyTheFirstTime()
    {
        var first = CliProcess.Run(_folder, "risk", "--chain", "nev", "--top", "3");
        first.ExitCode.Should().Be(0, first.Error);
        first.Error.Should().Contain("trained one now");
        first.Output.Should().Contain("新能源汽车：风险").And.Contain("链主关键投入损失比例");

        var train = CliProcess.Run(_folder, "train", "--model", "logistic");
        train.ExitCode.Should().Be(0, train.Error);
        train.Output.Should().Contain("检验期（留出）指标").And.Contain("规则基线").And.Contain("逻辑回归模型在检验期的校准");
        File.Exists(Path.Combine(_folder, "risk-model.zip")).Should().BeTrue();

        var second = CliProcess.Run(_folder, "risk", "--format", "json", "--top", "5");
        second.ExitCode.Should().Be(0, second.Error);
        second.Error.Should().NotContain("trained one now");
        var chains = JsonDocument.Parse(second.Output).RootElement.GetProperty("chains").EnumerateArray().ToList();
        chains.Should().HaveCount(6);
        var enterprises = chains.SelectMany(c => c.GetProperty("enterprises").EnumerateArray()).ToList();
        enterprises.Should().OnlyContain(e => e.GetProperty("score").GetDouble() >= 0 && e.GetProperty("score").GetDouble() <= 1);
        enterprises.Should().OnlyContain(e => e.GetProperty("factors").GetArrayLength() > 0);
    }

    [Fact]
    public void EvaluateAndOwners_Sample_ClassesAndConfirmedOwners()
    {
        var evaluate = CliProcess.Run(_folder, "evaluate", "--format", "csv");
        evaluate.ExitCode.Should().Be(0, evaluate.Error);
        var classes = evaluate.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')[7]).Distinct();
        classes.Should().Contain(["support_to_grow", "routine_service", "keep_headquarters", "assist_transfer"]);

        var owners = CliProcess.Run(_folder, "owners", "--format", "json");
        owners.ExitCode.Should().Be(0, owners.Error);
        var root = JsonDocument.Parse(owners.Output).RootElement;
        var candidates = root.GetProperty("chains").EnumerateArray().SelectMany(c => c.GetProperty("candidates").EnumerateArray()).ToList();
        candidates.Should().Contain(c => c.GetProperty("status").GetString() == "confirmed");
        candidates.Should().OnlyContain(c => c.GetProperty("evidence").GetArrayLength() == 4);
        root.GetProperty("tiers").GetArrayLength().Should().Be(3);
    }

    [Theory]
    [InlineData("risk", "--chain", "nope")]
    [InlineData("risk", "--enterprise", "nope")]
    [InlineData("risk", "--top", "0")]
    [InlineData("risk", "--format", "xml")]
    [InlineData("train", "--cutoff", "yesterday")]
    [InlineData("train", "--cutoff", "2019-03-01")]
    [InlineData("train", "--cutoff", "2026-01-01")]
    [InlineData("train", "--model", "svm")]
    [InlineData("evaluate", "--class", "nope")]
    [InlineData("owners", "--chain", "nope")]
    public void Run_BadOptions_UsageError(params string[] args) => CliProcess.Run(_folder, args).ExitCode.Should().Be(2);

    [Fact]
    public void Risk_CorruptModelFile_UsageErrorNamingTheFile()
    {
        var path = Path.Combine(_folder, "bad.json");
        File.WriteAllText(path, "{\"format\":\"chaingraph-risk-model\",\"version\":99}");

        var result = CliProcess.Run(_folder, "risk", "--model-file", path);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("bad.json");
    }
}
