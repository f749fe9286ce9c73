using ChainGraph.Analysis.Chains;
using ChainGraph.Application.Tests.Snapshots;
using ChainGraph.Application.WhatIf;
using ChainGraph.Domain;

namespace ChainGraph.Application.Tests.WhatIf;

public sealed class WhatIfUseCaseTests(SampleStore sample) : IClassFixture<SampleStore>
{
    [Fact]
    public void Remove_Country_TheSimulatorsImpactOnTheLocalOwnersOnly()
    {
        var analyzer = new ChainAnalyzer(WithOneOwnerOutsideTheCity());
        var country = analyzer.Index.Dataset.Enterprises.Where(e => e.Country != "CN").GroupBy(e => e.Country).MaxBy(g => g.Count())!.Key;

        var impact = WhatIfUseCase.Remove(analyzer, new RemovalRequest([], Country: country));

        var all = analyzer.Simulator.Simulate(analyzer.Simulator.Resolve(new Disruption([], null, country, null)));
        all.Owners.Should().Contain(o => !analyzer.Index.IsLocal(o.Owner), "one owner was moved to Suzhou");
        impact.Owners.Should().NotBeEmpty().And.BeEquivalentTo(all.Owners.Where(o => analyzer.Index.IsLocal(o.Owner)),
            o => o.WithStrictOrdering());
        impact.Removed.Should().Equal(all.Removed);
    }

    // The sample's owners are all local: move the first one to Suzhou, keeping every row it has.
    private Dataset WithOneOwnerOutsideTheCity()
    {
        var data = sample.Dataset;
        var owner = new ChainAnalyzer(data).Index.Owners.Values.SelectMany(o => o).First();
        var moved = data.Enterprises.Select((e, i) => i == owner ? e with { District = null, Region = "江苏", City = "苏州" } : e);
        return new DatasetBuilder
        {
            Enterprises = [.. moved], Chains = data.Chains, Segments = data.Segments, SegmentLinks = data.SegmentLinks,
            Memberships = data.Memberships, Supplies = data.Supplies, Events = data.Events, Projects = data.Projects,
            Version = data.Version,
        }.Build();
    }

    [Theory]
    [InlineData(null, null, null, "say what to remove", false)]
    [InlineData("浦东", null, null, "district: unknown district '浦东'; districts: ", false)]
    [InlineData(null, "火星", null, "region: unknown region '火星'; regions: ", false)]
    [InlineData(null, null, "XX", "country: no enterprise in the data is in 'XX'; countries: ", false)]
    public void Remove_NameThatMatchesNothing_RefusedWithWhatWouldWork(string? district, string? region, string? country, string message,
        bool notFound)
    {
        var act = () => WhatIfUseCase.Remove(new ChainAnalyzer(sample.Dataset), new RemovalRequest([], region, country, district));

        act.Should().Throw<InvalidRequestException>().Where(e => e.Message.StartsWith(message) && e.NotFound == notFound);
    }

    [Fact]
    public void Remove_UnknownEnterpriseOrChain_RefusedAsNotFound()
    {
        var analyzer = new ChainAnalyzer(sample.Dataset);
        var known = sample.Dataset.Enterprises[0].Id;

        var firm = () => WhatIfUseCase.Remove(analyzer, new RemovalRequest([known, "91440300000000000X"]));
        var chain = () => WhatIfUseCase.Remove(analyzer, new RemovalRequest([known], ChainId: "no-such-chain"));

        firm.Should().Throw<InvalidRequestException>().Where(e => e.NotFound && e.Message.Contains("'91440300000000000X'")
            && !e.Message.Contains(known));
        chain.Should().Throw<InvalidRequestException>().Where(e => e.NotFound && e.Message.Contains("chains: "));
    }

    [Fact]
    public void Add_Target_SameAsTheAnalyzerAndUnknownNamesRefused()
    {
        var analyzer = new ChainAnalyzer(sample.Dataset);
        var checklist = analyzer.Checklist();
        var target = checklist.Select(i => analyzer.Candidates(i, checklist).AttractionTargets.FirstOrDefault())
            .First(c => c is not null)!.EnterpriseId;

        var impact = WhatIfUseCase.Add(analyzer, checklist, new AdditionRequest(target, "坪山"));

        impact.Should().BeEquivalentTo(analyzer.SimulateAddition(checklist, target, "坪山"));
        var district = () => WhatIfUseCase.Add(analyzer, checklist, new AdditionRequest(target, "浦东"));
        var segment = () => WhatIfUseCase.Add(analyzer, checklist, new AdditionRequest(target, "坪山", "nope", "ic"));
        var firm = () => WhatIfUseCase.Add(analyzer, checklist, new AdditionRequest("91440300000000000X", "坪山"));
        district.Should().Throw<InvalidRequestException>().Where(e => !e.NotFound && e.Message.Contains("districts: "));
        segment.Should().Throw<InvalidRequestException>().Where(e => e.NotFound && e.Message.Contains("segments: ic-"));
        firm.Should().Throw<InvalidRequestException>().Where(e => e.NotFound);
    }

    [Fact]
    public void Add_ChainNamed_JudgedAgainstThatChainsChecklistAndUnknownChainRefused()
    {
        var analyzer = new ChainAnalyzer(sample.Dataset);
        var checklist = analyzer.Checklist(["ic"]);
        var target = checklist.Select(i => analyzer.Candidates(i, checklist).AttractionTargets.FirstOrDefault())
            .First(c => c is not null)!.EnterpriseId;

        var impact = WhatIfUseCase.Add(analyzer, new AdditionRequest(target, "坪山", ChainId: "ic"));

        impact.Should().BeEquivalentTo(analyzer.SimulateAddition(checklist, target, "坪山"));
        var chain = () => WhatIfUseCase.Add(analyzer, new AdditionRequest(target, "坪山", ChainId: "nope"));
        chain.Should().Throw<InvalidRequestException>().Where(e => e.NotFound && e.Message.Contains("unknown chain 'nope'; chains: "));
    }
}
