using ChainGraph.Application.Risk;
using ChainGraph.Application.Settings;
using Microsoft.Extensions.Options;

namespace ChainGraph.Application.Tests;

public sealed class RiskModelFileTests
{
    [Fact]
    public void PathFor_NoExplicitPath_BesideTheStore()
    {
        RiskModelFile.PathFor(null, "/data/x/store.db").Should().Be(Path.Combine("/data/x", RiskModelFile.DefaultFileName));
        RiskModelFile.PathFor("", "/data/x/store.db").Should().Be(Path.Combine("/data/x", RiskModelFile.DefaultFileName));
    }

    [Fact]
    public void PathFor_ExplicitPath_Wins() => RiskModelFile.PathFor("/models/m.zip", "/data/x/store.db").Should().Be("/models/m.zip");

    [Fact]
    public void RiskModels_SameSettingsAsTheCli_SamePath()
    {
        var models = new RiskModels(Options.Create(new RiskOptions()), Options.Create(new StoreOptions { Path = "/data/x/store.db" }));
        var neo4j = new RiskModels(Options.Create(new RiskOptions()), Options.Create(new StoreOptions { Kind = StoreOptions.Neo4j, Path = "/data/x/store.db" }));

        models.ModelPath.Should().Be(RiskModelFile.PathFor(null, "/data/x/store.db"));
        neo4j.ModelPath.Should().Be(RiskModelFile.PathFor(null, null));
    }
}
