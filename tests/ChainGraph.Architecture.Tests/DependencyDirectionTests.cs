namespace ChainGraph.Architecture.Tests;

public sealed class DependencyDirectionTests
{
    [Fact]
    public void EveryProjectUnderSrc_HasARule()
    {
        Repository.SourceProjects().Keys.Should().BeSubsetOf(LayerRules.MayUse.Keys, "a new project needs its allowed directions in LayerRules");
    }

    [Fact]
    public void EveryProjectReference_PointsWhereItsRuleAllows()
    {
        var violations = Repository.SourceProjects()
            .SelectMany(p => p.Value.Where(r => !LayerRules.MayUse.GetValueOrDefault(p.Key, []).Contains(r)).Select(r => $"{p.Key} → {r}"));

        violations.Should().BeEmpty();
    }

    [Fact]
    public void NoProject_ReferencesAHost()
    {
        var testProjects = Directory.GetFiles(Path.Combine(Repository.Root, "tests"), "*.csproj", SearchOption.AllDirectories)
            .Select(p => (Name: Path.GetFileNameWithoutExtension(p), References: Repository.References(p)));
        var all = Repository.SourceProjects().Select(p => (Name: p.Key, References: p.Value)).Concat(testProjects);

        var violations = all.SelectMany(p => p.References.Where(LayerRules.Hosts.Contains)
            .Where(host => p.Name != host + ".Tests").Select(host => $"{p.Name} → {host}"));

        violations.Should().BeEmpty("only a host's own test project may reference it");
    }

    [Fact]
    public void TheRules_ForbidWhatTheLayersForbid()
    {
        LayerRules.MayUse["ChainGraph.Storage"].Should().Equal("ChainGraph.Domain");
        LayerRules.MayUse["ChainGraph.Domain"].Should().BeEmpty();
        LayerRules.MayUse.Where(r => r.Value.Intersect(LayerRules.Hosts).Any()).Should().BeEmpty();
    }
}
