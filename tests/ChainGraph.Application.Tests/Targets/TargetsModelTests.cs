using System.Text.Json;
using ChainGraph.Analysis.Chains;
using ChainGraph.Application.Results;
using ChainGraph.Application.Targets;
using ChainGraph.Application.Tests.Snapshots;
using ChainGraph.Storage;

namespace ChainGraph.Application.Tests.Targets;

public sealed class TargetsModelTests(SampleStore sample) : IClassFixture<SampleStore>, IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"cg-targets-models-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void Answer_EveryChainSegmentAndTopOfTheSample_SameAsComputedAfterARoundTripThroughTheFile()
    {
        var analyzer = new ChainAnalyzer(sample.Dataset);
        var models = Models();
        models.Prepare(analyzer, sample.Path).Should().Be(new PreparedModels(sample.Dataset.Chains.Count, sample.Dataset.Chains.Count));
        var compared = 0;
        foreach (var chain in sample.Dataset.Chains)
        {
            var model = models.TryGet(models.KeyFor(sample.Path, sample.Dataset.Version, chain.Id));
            model.Should().NotBeNull(models.LastProblem);
            var segments = sample.Dataset.Segments.Where(s => s.ChainId == chain.Id).Select(s => (string?)s.Id).Prepend(null);
            foreach (var segment in segments)
            foreach (var top in new[] { 1, 3, 5, 12, TargetsModel.MaxCandidates })
            {
                var request = new TargetsRequest(chain.Id, segment, top);
                Json(model!.Answer(request)).Should().Be(Json(TargetsUseCase.Run(analyzer, request)), $"{request}");
                compared++;
            }
        }
        compared.Should().BeGreaterThan(100);
    }

    [Fact]
    public void Build_Sample_ListsLongerThanTheChecklistsFiveAreKept()
    {
        var model = TargetsModel.Build(new ChainAnalyzer(sample.Dataset), "ic");

        model.Items.Should().Contain(i => i.Candidates.AttractionTargets.Count > 5);
        model.Items.Should().OnlyContain(i => i.Candidates.AttractionTargets.Count <= TargetsModel.MaxCandidates);
        model.SegmentIds.Should().Equal(sample.Dataset.Segments.Where(s => s.ChainId == "ic").Select(s => s.Id));
    }

    [Fact]
    public void Answer_UnknownSegment_SameMessageAsComputed()
    {
        var model = TargetsModel.Build(new ChainAnalyzer(sample.Dataset), "ic");

        var act = () => model.Answer(new TargetsRequest("ic", "nope", 3));

        act.Should().Throw<InvalidRequestException>()
            .Which.Message.Should().StartWith("--segment: unknown segment 'nope' of chain ic; segments: ic-");
    }

    [Fact]
    public async Task RunAsync_ModelStored_AnswersFromItWithoutTheData()
    {
        using var store = await StoreFactory.OpenAsync(sample.Path);
        var models = Models();
        var key = await models.KeyForAsync(store, "ic");
        models.Add(key, Marked(TargetsModel.Build(new ChainAnalyzer(sample.Dataset), "ic")));

        var result = await TargetsUseCase.RunAsync(store, new TargetsRequest("ic", null, 3), models);

        result.ChainName.Should().Be("从模型读出", "the stored model answered");
        (await TargetsUseCase.RunAsync(store, new TargetsRequest("ic", null, TargetsModel.MaxCandidates + 1), models))
            .ChainName.Should().Be("集成电路", "a longer list than the model keeps is computed");
        (await TargetsUseCase.RunAsync(store, new TargetsRequest("ic", null, 3))).ChainName.Should().Be("集成电路");
    }

    [Fact]
    public async Task RunAsync_NoModel_ComputesAndStoresIt()
    {
        using var store = await StoreFactory.OpenAsync(sample.Path);
        var models = Models();
        var request = new TargetsRequest("ic", null, 4);

        var result = await TargetsUseCase.RunAsync(store, request, models);

        Json(result).Should().Be(Json(TargetsUseCase.Run(new ChainAnalyzer(sample.Dataset), request)));
        models.TryGet(await models.KeyForAsync(store, "ic")).Should().NotBeNull();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task RunAsync_DamagedModel_RecomputedAndReplaced(bool flipAByte)
    {
        using var store = await StoreFactory.OpenAsync(sample.Path);
        var models = Models();
        var key = await models.KeyForAsync(store, "ic");
        models.Add(key, Marked(TargetsModel.Build(new ChainAnalyzer(sample.Dataset), "ic")));
        if (flipAByte) Damage(Directory.GetFiles(_folder).Single());
        else models.Cache.Add(key, """{"chainId":"ic","items":[{"item":7}]}""");

        var result = await TargetsUseCase.RunAsync(store, new TargetsRequest("ic", null, 3), models);

        result.ChainName.Should().Be("集成电路");
        models.TryGet(key).Should().NotBeNull("the recomputed model replaced the damaged one");
        models.TryGet(key)!.ChainName.Should().Be("集成电路");
    }

    [Fact]
    public void TryGet_DamagedOrNotAModel_MissWithTheReason()
    {
        var models = Models();
        var key = models.KeyFor(sample.Path, 1, "ic");
        models.Cache.Add(key, "[1, 2]");

        models.TryGet(key).Should().BeNull();

        models.LastProblem.Should().StartWith("it does not read as a targets model");
    }

    [Fact]
    public void KeyFor_OtherVersionChainOrRulesFile_OtherKey()
    {
        var rules = Path.Combine(Directory.CreateDirectory(_folder).FullName, "rules.csv");
        File.WriteAllText(rules, "segment,min_local_firms\n*,3\n");
        var withRules = new TargetsModels(new ResultCache(_folder), rules);
        var before = withRules.KeyFor(sample.Path, 1, "ic").Hex;

        File.WriteAllText(rules, "segment,min_local_firms\n*,4\n");

        withRules.KeyFor(sample.Path, 1, "ic").Hex.Should().NotBe(before, "the rules file's contents are part of the key");
        Models().KeyFor(sample.Path, 1, "ic").Hex.Should().NotBe(before);
        Models().KeyFor(sample.Path, 2, "ic").Hex.Should().NotBe(Models().KeyFor(sample.Path, 1, "ic").Hex);
        Models().KeyFor(sample.Path, 1, "nev").Hex.Should().NotBe(Models().KeyFor(sample.Path, 1, "ic").Hex);
        Models().KeyFor(sample.Path, 1, "ic").Hex.Should().Be(Models().KeyFor(sample.Path, 1, "ic").Hex);
    }

    [Fact]
    public async Task Prepare_Twice_SecondBuildsNothing()
    {
        using var store = await StoreFactory.OpenAsync(sample.Path);
        var models = Models();

        var chains = sample.Dataset.Chains.Count;
        (await models.PrepareAsync(store)).Should().Be(new PreparedModels(chains, chains));
        (await models.PrepareAsync(store)).Should().Be(new PreparedModels(chains, 0));

        Directory.GetFiles(_folder).Should().HaveCount(sample.Dataset.Chains.Count);
    }

    [Fact]
    public void Prepare_OtherSettingsThanTheKeyNames_Refused()
    {
        var analyzer = new ChainAnalyzer(sample.Dataset, AnalysisSettings.Default with { SoleSourceShare = 0.6 });

        var act = () => Models().Prepare(analyzer, sample.Path);

        act.Should().Throw<ArgumentException>();
    }

    private TargetsModels Models() => new(new ResultCache(_folder));

    private static TargetsModel Marked(TargetsModel model) => model with { ChainName = "从模型读出" };

    private static void Damage(string path)
    {
        var bytes = File.ReadAllBytes(path);
        bytes[^10] ^= 0x01;
        File.WriteAllBytes(path, bytes);
    }

    private static string Json(TargetsResult result) => JsonSerializer.Serialize(result);
}
