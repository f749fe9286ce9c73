using System.Text.Json;
using ChainGraph.Cli.Commands;

namespace ChainGraph.Cli.Tests.Analyze;

public sealed class AnalyzeCommandTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("chaingraph-analyze-");

    public void Dispose() => folder.Delete(recursive: true);

    [Fact]
    public void Analyze_DirectedWithRootAndBetweenness_WritesEveryField()
    {
        var edges = WriteCsv("source,target,weight\na,b,1\nb,c,1\nc,a,1\nc,d,1\nd,e,1\ne,e,1\nf,f,1\nd,e,2\n");
        var (code, output, _) = Run("analyze", "--edges", edges, "--directed", "--root", "a", "--betweenness");
        code.Should().Be(0);
        var json = JsonDocument.Parse(output).RootElement;
        json.GetProperty("nodes").GetInt32().Should().Be(6, "self-loop endpoints are nodes");
        json.GetProperty("edges").GetInt32().Should().Be(5, "parallel edges merge and loops drop");
        Strings(json.GetProperty("articulationPoints")).Should().Equal("c", "d");
        json.GetProperty("bridges").EnumerateArray().Select(p => $"{p[0]}>{p[1]}").Should().Equal("c>d", "d>e");
        json.GetProperty("connectedComponents").GetInt32().Should().Be(2);
        json.GetProperty("stronglyConnectedComponents").GetInt32().Should().Be(4);
        json.GetProperty("immediateDominators").EnumerateObject().Select(p => $"{p.Name}:{p.Value}").Should().Equal("a:a", "b:a", "c:b", "d:c", "e:d");
        json.GetProperty("betweenness").GetProperty("d").GetDouble().Should().BeApproximately(3.0 / 20, 1e-15, "a, b and c reach e only through d");
    }

    [Fact]
    public void Analyze_Undirected_EdgesCountOnceAndNoStrongComponents()
    {
        var (code, output, _) = Run("analyze", "--edges", WriteCsv("s,t\na,b\nb,a\nb,c\n"));
        code.Should().Be(0);
        var json = JsonDocument.Parse(output).RootElement;
        json.GetProperty("edges").GetInt32().Should().Be(2);
        json.TryGetProperty("stronglyConnectedComponents", out _).Should().BeFalse();
        json.TryGetProperty("immediateDominators", out _).Should().BeFalse();
        json.TryGetProperty("betweenness", out _).Should().BeFalse();
    }

    [Fact]
    public void Analyze_OutFile_WritesJsonThereAndNothingToStdout()
    {
        var target = Path.Combine(folder.FullName, "result.json");
        var (code, output, _) = Run("analyze", "--edges", WriteCsv("s,t\n企业甲,\"b,\"\"2\"\"\"\n"), "--out", target);
        code.Should().Be(0);
        output.Should().BeEmpty();
        var text = File.ReadAllText(target);
        text.Should().Contain("企业甲", "ids are written unescaped");
        Strings(JsonDocument.Parse(text).RootElement.GetProperty("bridges")[0]).Should().Equal("企业甲", "b,\"2\"");
    }

    [Fact]
    public void Analyze_SampledBetweenness_SameSeedSameOutput()
    {
        var csv = WriteCsv("s,t\n" + string.Join("\n", Enumerable.Range(0, 60).Select(i => $"n{i},n{(i * 7 + 3) % 60}")));
        var first = Run("analyze", "--edges", csv, "--betweenness", "--samples", "10", "--seed", "4").Output;
        Run("analyze", "--edges", csv, "--betweenness", "--samples", "10", "--seed", "4").Output.Should().Be(first);
        Run("analyze", "--edges", csv, "--betweenness", "--samples", "10", "--seed", "5").Output.Should().NotBe(first);
    }

    [Theory]
    [InlineData("--samples 5", "--samples needs --betweenness")]
    [InlineData("--betweenness --seed 1", "--seed needs --samples")]
    [InlineData("--betweenness --samples 0", "--samples must be at least 1")]
    [InlineData("--root nobody", "--root nobody is not a node")]
    public void Analyze_BadCombination_UsageExitTwo(string options, string message)
    {
        var (code, _, error) = Run(["analyze", "--edges", WriteCsv("s,t\na,b\n"), .. options.Split(' ')]);
        code.Should().Be(ExitCodes.Usage);
        error.Should().Contain(message);
    }

    [Fact]
    public void Analyze_NoEdgesOption_UsageExitTwo() => Run("analyze", "--directed").Code.Should().Be(ExitCodes.Usage);

    [Fact]
    public void Analyze_MalformedLine_ExitOneWithFileAndLine()
    {
        var csv = WriteCsv("s,t\na,b\nlonely\n");
        var (code, output, error) = Run("analyze", "--edges", csv);
        code.Should().Be(ExitCodes.Rejected);
        output.Should().BeEmpty();
        error.Should().Contain($"{csv}:3: expected at least two columns");
    }

    [Fact]
    public void Analyze_MissingFile_ExitOneNamingIt()
    {
        var missing = Path.Combine(folder.FullName, "missing.csv");
        var (code, _, error) = Run("analyze", "--edges", missing);
        code.Should().Be(ExitCodes.Rejected);
        error.Should().Contain(missing);
    }

    private string WriteCsv(string text)
    {
        var path = Path.Combine(folder.FullName, $"edges-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, text);
        return path;
    }

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var code = CliApp.Run(args, [AnalyzeCommand.Create()], output, error);
        return (code, output.ToString(), error.ToString());
    }

    private static IEnumerable<string> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!);
}
