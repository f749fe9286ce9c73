using ChainGraph.Domain;
using ChainGraph.Analysis.Risk;
using ChainGraph.Analysis.Risk.Models;
using ChainGraph.Analysis.Risk.Training;

namespace ChainGraph.Analysis.Tests.Risk.Training;

/// <summary>Training on a history drawn from a known process (<see cref="SyntheticHistory"/>), shared by the tests of this class.</summary>
public sealed class RiskModelTrainerTests(RiskModelTrainerTests.Trained trained) : IClassFixture<RiskModelTrainerTests.Trained>
{
    public sealed class Trained
    {
        public Dataset Data { get; } = SyntheticHistory.Create(firms: 4000, seed: 7);

        public RiskModel Model => _model.Value;

        private readonly Lazy<RiskModel> _model;

        public Trained() => _model = new(() => RiskModelTrainer.Train(Data, TrainingOptions.Default with { Cutoff = new DateOnly(2025, 1, 1), Gbdt = GbdtOptions.Default with { LearningRate = 0.1, MaxTrees = 200 } }));
    }

    [Fact]
    public void Train_KnownProcess_LearnedModelsBeatTheRuleBaselineClearly()
    {
        var rule = trained.Model.Evaluation(LikelihoodModelKind.Rule).Test.RocAuc;

        trained.Model.Evaluation(LikelihoodModelKind.Logistic).Test.RocAuc.Should().BeGreaterThan(rule + 0.04);
        trained.Model.Evaluation(LikelihoodModelKind.Gbdt).Test.RocAuc.Should().BeGreaterThan(rule + 0.03);
    }

    [Fact]
    public void Train_KnownProcess_LogisticWeightsHaveTheTrueSigns()
    {
        var importance = trained.Model.Evaluation(LikelihoodModelKind.Logistic).Importance.ToDictionary(i => i.Feature);

        // Risk rises with energy use, being overseas and youth, and falls with size.
        importance["energy_per_output"].MeanAbsContribution.Should().BeGreaterThan(0.1);
        var logistic = (LogisticModel)Fitted(LikelihoodModelKind.Logistic);
        Weight(logistic, "energy_per_output").Should().BePositive();
        Weight(logistic, "overseas").Should().BePositive();
        Weight(logistic, "young").Should().BePositive();
        Weight(logistic, "log_output").Should().BeNegative();
    }

    [Fact]
    public void Train_Metadata_RecordsTheSplitSizesAndSeed()
    {
        var t = trained.Model.Training;

        t.Cutoff.Should().Be(new DateOnly(2025, 1, 1));
        t.Windows.Should().HaveCount(7);
        t.Windows.Should().OnlyContain(w => w.Rows > 0 && w.Positives > 0);
        t.Seed.Should().Be(42);
        t.Enterprises.Should().Be(4000);
        trained.Model.Evaluations.Select(e => e.Kind).Should().Equal(LikelihoodModelKind.Logistic, LikelihoodModelKind.Gbdt, LikelihoodModelKind.Rule);
    }

    [Fact]
    public void Score_EveryEnterprise_ProbabilitiesWithinZeroOneAndExplanationsAddUp()
    {
        var scores = trained.Model.Score(trained.Data);

        scores.Scores.Should().NotBeEmpty().And.OnlyContain(s => s.Probability >= 0 && s.Probability <= 1);
        foreach (var s in scores.Scores.Take(500))
            (s.Baseline + s.Contributions.Sum(c => c.Contribution)).Should().BeApproximately(s.Logit, 1e-9);
    }

    [Fact]
    public void Train_EventsAfterTheCutoff_DoNotChangeTheFittedModels()
    {
        var options = TrainingOptions.Default with { Cutoff = new DateOnly(2024, 1, 1), HistoryStart = SyntheticHistory.Start, Models = [LikelihoodModelKind.Logistic] };
        var data = SyntheticHistory.Create(firms: 1500, seed: 3);
        var late = data.Events.Where(e => e.Date >= options.Cutoff).ToList();
        var withoutLate = new DatasetBuilder
        {
            Enterprises = data.Enterprises, Chains = data.Chains, Segments = data.Segments, SegmentLinks = data.SegmentLinks,
            Memberships = data.Memberships, Supplies = data.Supplies, Events = [.. data.Events.Except(late), late.MaxBy(e => e.Date)!],
        }.Build();

        var full = RiskModelTrainer.Train(data, options);
        var truncated = RiskModelTrainer.Train(withoutLate, options);

        var row = new double[Analysis.Risk.Features.FeatureCatalog.Count];
        row[0] = 1.5;
        full.Probability(row).Should().Be(truncated.Probability(row));
        full.Evaluation(LikelihoodModelKind.Logistic).Validation.Should().BeEquivalentTo(truncated.Evaluation(LikelihoodModelKind.Logistic).Validation);
        full.Training.Windows.Where(w => w.Role != WindowRole.Test).Should().Equal(truncated.Training.Windows.Where(w => w.Role != WindowRole.Test));
    }

    [Fact]
    public void Train_NoLearnedModelAsked_Throws()
    {
        var train = () => RiskModelTrainer.Train(trained.Data, TrainingOptions.Default with { Models = [LikelihoodModelKind.Rule] });

        train.Should().Throw<ArgumentException>();
    }

    private IScoringModel Fitted(LikelihoodModelKind kind) => trained.Model.Fitted(kind).Model;

    private static double Weight(LogisticModel model, string feature) => model.Weights[Analysis.Risk.Features.FeatureCatalog.IndexOf(feature)];
}
