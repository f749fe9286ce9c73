using System.Text.RegularExpressions;

namespace ChainGraph.Architecture.Tests;

public sealed partial class ProcessStartTests
{
    [Fact]
    public void OnlyReportingAndItsPrintingAdapter_StartProcesses()
    {
        var src = Path.Combine(Repository.Root, "src");
        var offenders = Directory.GetFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !LayerRules.MayStartProcesses.Any(p => f.StartsWith(Path.Combine(src, p) + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
            .Where(f => StartsProcess().IsMatch(File.ReadAllText(f)))
            .Select(f => Path.GetRelativePath(Repository.Root, f));

        offenders.Should().BeEmpty();
    }

    [Fact]
    public void ThePattern_FindsAProcessStart()
    {
        StartsProcess().IsMatch("return Process.Start(start);").Should().BeTrue();
        StartsProcess().IsMatch("var s = new ProcessStartInfo(\"x\");").Should().BeTrue();
        StartsProcess().IsMatch("EventProcess.Sample(rng)").Should().BeFalse();
    }

    [GeneratedRegex(@"\bProcess\.Start\b|\bProcessStartInfo\b|\bnew\s+Process\s*\(")]
    private static partial Regex StartsProcess();
}
