using System.Text.RegularExpressions;

namespace ChainGraph.Architecture.Tests;

public sealed partial class PureLayerTests
{
    [Fact]
    public void DomainAndAnalysis_DoNoFileOrProcessIo()
    {
        var offenders = LayerRules.Pure
            .SelectMany(p => Directory.GetFiles(Path.Combine(Repository.Root, "src", p), "*.cs", SearchOption.AllDirectories))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: f, Number: i + 1, Line: line)))
            .Where(l => !l.Line.TrimStart().StartsWith("//", StringComparison.Ordinal) && DoesIo().IsMatch(l.Line))
            .Select(l => $"{Path.GetRelativePath(Repository.Root, l.File)}:{l.Number}: {l.Line.Trim()}");

        offenders.Should().BeEmpty("Domain and Analysis take streams, readers and strings; the hosts open files");
    }

    [Theory]
    [InlineData("using var s = new FileStream(path, FileMode.Open);")]
    [InlineData("var text = File.ReadAllText(path);")]
    [InlineData("foreach (var f in Directory.GetFiles(dir)) { }")]
    [InlineData("using var p = Process.Start(start);")]
    public void ThePattern_FindsIo(string line) => DoesIo().IsMatch(line).Should().BeTrue();

    [Theory]
    [InlineData("var process = EventProcess.Sample(rng);")]
    [InlineData("var profile = Profile.Of(firm);")]
    [InlineData("return new EdgeFile(name);")]
    public void ThePattern_IgnoresLookalikes(string line) => DoesIo().IsMatch(line).Should().BeFalse();

    [GeneratedRegex(@"\b(File|Directory)\.|\bFileStream\b|\bProcess\b")]
    private static partial Regex DoesIo();
}
