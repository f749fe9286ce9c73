using ChainGraph.Analysis.Domain;
using ChainGraph.Analysis.Risk;
using ChainGraph.Analysis.Risk.Models;
using ChainGraph.Analysis.Risk.Training;

namespace ChainGraph.Analysis.Tests.Risk;

public sealed class RiskModelTests
{
    private static readonly Lazy<(Dataset Data, RiskModel Model)> Trained = new(() =>
    {
        var data = SyntheticHistory.Create(firms: 1200, seed: 11);
        return (data, RiskModelTrainer.Train(data, TrainingOptions.Default with { Gbdt = GbdtOptions.Default with { MaxTrees = 60, MinLeafRows = 20 } }));
    });

    [Theory]
    [InlineData(LikelihoodModelKind.Logistic)]
    [InlineData(LikelihoodModelKind.Gbdt)]
    [InlineData(LikelihoodModelKind.Rule)]
    public void FromJson_SavedModel_ScoresBitIdentically(LikelihoodModelKind kind)
    {
        var (data, model) = Trained.Value;

        var reloaded = RiskModel.FromJson(model.ToJson());

        var before = model.Score(data, kind: kind).Scores;
        var after = reloaded.Score(data, kind: kind).Scores;
        after.Select(s => s.Probability).Should().Equal(before.Select(s => s.Probability));
        after.Select(s => s.Logit).Should().Equal(before.Select(s => s.Logit));
        reloaded.Primary.Should().Be(model.Primary);
        reloaded.Training.Should().BeEquivalentTo(model.Training);
        reloaded.Evaluations.Should().BeEquivalentTo(model.Evaluations);
    }

    [Fact]
    public void WriteTo_ReadFrom_RoundTripsThroughAStream()
    {
        var (data, model) = Trained.Value;
        using var stream = new MemoryStream();

        model.WriteTo(stream);
        stream.Position = 0;
        var reloaded = RiskModel.ReadFrom(stream);

        reloaded.Score(data).Scores.Select(s => s.Probability).Should().Equal(model.Score(data).Scores.Select(s => s.Probability));
    }

    [Fact]
    public void ToJson_Document_NamesFormatVersionFeaturesAndMetrics()
    {
        var json = System.Text.Json.JsonDocument.Parse(Trained.Value.Model.ToJson()).RootElement;

        json.GetProperty("format").GetString().Should().Be(RiskModel.FormatName);
        json.GetProperty("version").GetInt32().Should().Be(RiskModel.FormatVersion);
        json.GetProperty("features").EnumerateArray().Select(f => f.GetString()).Should().Equal(Analysis.Risk.Features.FeatureCatalog.Names);
        json.GetProperty("training").GetProperty("seed").GetInt32().Should().Be(42);
        json.GetProperty("evaluations")[0].GetProperty("test").GetProperty("rocAuc").GetDouble().Should().BeInRange(0, 1);
    }

    [Theory]
    [InlineData("""{"format":"something-else","version":1}""")]
    [InlineData("not json")]
    public void FromJson_NotAModel_InvalidData(string json)
    {
        var read = () => RiskModel.FromJson(json);

        read.Should().Throw<InvalidDataException>();
    }

    [Fact]
    public void FromJson_OtherVersionOrFeatures_InvalidDataWithRetrainAdvice()
    {
        var json = Trained.Value.Model.ToJson();

        var newer = () => RiskModel.FromJson(json.Replace($"\"version\": {RiskModel.FormatVersion}", "\"version\": 99"));
        var renamed = () => RiskModel.FromJson(json.Replace("\"log_output\"", "\"log_size\""));

        newer.Should().Throw<InvalidDataException>().WithMessage("*retrain*");
        renamed.Should().Throw<InvalidDataException>().WithMessage("*feature list*");
    }
}
