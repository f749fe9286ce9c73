using ChainGraph.Analysis.Chains;
using ChainGraph.Analysis.Checklist;
using ChainGraph.Domain;
using ChainGraph.Synthetic;
using ChainGraph.Tests;
using ChainGraph.Synthetic.Tests;
using ChainGraph.Cli.Projects;

namespace ChainGraph.Cli.Tests.Generate;

/// <summary>
/// The generated 攻关项目清单 over the whole shenzhen preset: each project answers a critical or high item of its chain,
/// is led by a live local firm that serves the segment (not the threatened one) or owns the chain, the amount keeps to the
/// instrument's cap, and the bundled sample's projects.csv is exactly what the documented command writes.
/// </summary>
public sealed class ProjectPlannerTests : IClassFixture<ShenzhenSampleFixture>
{
    private readonly ShenzhenSampleFixture _sample;
    private readonly IReadOnlyList<Project> _projects;
    private readonly ChainAnalyzer _analyzer;

    public ProjectPlannerTests(ShenzhenSampleFixture sample)
    {
        _sample = sample;
        var rng = new Random(42);
        ShenzhenPreset.Generate(rng);
        _projects = ProjectPlanner.Plan(sample.Dataset, rng);
        _analyzer = new ChainAnalyzer(sample.Dataset.ToDataset());
    }

    [Fact]
    public void Plan_Shenzhen_AFewProjectsPerChainForCriticalAndHighItems()
    {
        var items = _analyzer.Checklist().ToDictionary(i => i.Id);

        _projects.GroupBy(p => p.ChainId).Should().HaveCount(_sample.Dataset.Chains.Count).And.OnlyContain(g => g.Count() <= ProjectPlanner.PerChain);
        _projects.Should().OnlyContain(p => items.ContainsKey(p.ItemId) && items[p.ItemId].Level >= SeverityLevel.High && items[p.ItemId].ChainId == p.ChainId
            && items[p.ItemId].SegmentId == p.SegmentId && items[p.ItemId].Instrument.Id == p.InstrumentId);
        _projects.Select(p => p.Id).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Plan_Shenzhen_LeadIsALiveLocalFirmServingTheSegmentOrOwningTheChain()
    {
        var index = _analyzer.Index;
        foreach (var p in _projects)
        {
            index.TryGetEnterprise(p.LeadEnterpriseId, out var lead).Should().BeTrue();
            var serves = index.Members(index.SegmentIndex(p.SegmentId!)).Contains(lead);
            (index.IsLocal(lead) && _analyzer.Status.IsLive(lead)).Should().BeTrue(p.Id);
            (serves || index.Owners[p.ChainId].Contains(lead)).Should().BeTrue(p.Id);
            p.ItemId.Should().NotContain(p.LeadEnterpriseId, "the threatened firm does not lead its own replacement");
            p.Partners.Should().NotContain(p.LeadEnterpriseId);
        }
    }

    [Fact]
    public void Plan_Shenzhen_AmountWithinCapAndBudgetCoversInvestment()
    {
        foreach (var p in _projects)
        {
            var instrument = PolicyInstrument.All.Single(i => i.Id == p.InstrumentId);
            p.Amount.Should().NotBeNull().And.BeInRange(0, instrument.Cap, p.Id);
            p.Budget.Should().BeGreaterThanOrEqualTo(p.Investment!.Value, p.Id);
            p.Amount.Should().Be(Math.Min(Math.Round(instrument.Rate * p.Investment.Value, 1), instrument.Cap), p.Id);
        }
    }

    [Fact]
    public void Plan_Shenzhen_IsTheBundledSamplesProjectsFile()
    {
        using var temp = new TempDirectory();
        DatasetFileWriter.WriteProjects(_projects, temp.Path, OutputFormat.Csv);

        File.ReadAllText(Path.Combine(temp.Path, "projects.csv")).Should().Be(File.ReadAllText(RepositoryPaths.Of("import", "samples", "shenzhen", "projects.csv")));
    }
}
