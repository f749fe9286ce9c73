using System.IO.Compression;
using System.Text.Json;
using ChainGraph.Domain;
using ChainGraph.Analysis.Risk;
using ChainGraph.Analysis.Risk.Models;
using ChainGraph.Analysis.Risk.Training;
using Microsoft.ML;

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
    public void ReadFrom_SavedModel_ScoresBitIdentically(LikelihoodModelKind kind)
    {
        var (data, model) = Trained.Value;

        var reloaded = Load(Save(model));

        var before = model.Score(data, kind: kind).Scores;
        var after = reloaded.Score(data, kind: kind).Scores;
        after.Select(s => s.Probability).Should().Equal(before.Select(s => s.Probability));
        after.Select(s => s.Logit).Should().Equal(before.Select(s => s.Logit));
        after.SelectMany(s => s.Contributions.Select(c => c.Contribution)).Should().Equal(before.SelectMany(s => s.Contributions.Select(c => c.Contribution)));
        reloaded.Primary.Should().Be(model.Primary);
        reloaded.Training.Should().BeEquivalentTo(model.Training);
        reloaded.Evaluations.Should().BeEquivalentTo(model.Evaluations);
    }

    [Fact]
    public void WriteTo_Archive_HoldsTheDocumentAndModelsMlNetCanLoad()
    {
        using var zip = new ZipArchive(new MemoryStream(Save(Trained.Value.Model)));
        var json = JsonDocument.Parse(zip.GetEntry("model.json")!.Open()).RootElement;

        json.GetProperty("format").GetString().Should().Be(RiskModel.FormatName);
        json.GetProperty("version").GetInt32().Should().Be(RiskModel.FormatVersion);
        json.GetProperty("features").EnumerateArray().Select(f => f.GetString()).Should().Equal(Analysis.Risk.Features.FeatureCatalog.Names);
        json.GetProperty("training").GetProperty("seed").GetInt32().Should().Be(42);
        json.GetProperty("evaluations")[0].GetProperty("test").GetProperty("rocAuc").GetDouble().Should().BeInRange(0, 1);
        zip.Entries.Select(e => e.Name).Should().BeEquivalentTo(
            "model.json", "logistic.zip", "gbdt.zip", "logistic.calibrator.zip", "gbdt.calibrator.zip", "rule.calibrator.zip");
        foreach (var entry in zip.Entries.Where(e => e.Name.EndsWith(".zip", StringComparison.Ordinal)))
        {
            using var copy = new MemoryStream();
            entry.Open().CopyTo(copy);
            copy.Position = 0;
            new MLContext().Model.Load(copy, out _).Should().NotBeNull();
        }
    }

    [Fact]
    public void ReadFrom_NotAZip_InvalidData()
    {
        var read = () => Load("not a model"u8.ToArray());

        read.Should().Throw<InvalidDataException>().WithMessage("*not a risk model file*");
    }

    [Theory]
    [InlineData("""{"format":"something-else","version":2}""", "*not a risk model file*")]
    [InlineData("not json", "*not a risk model file*")]
    public void ReadFrom_ForeignDocument_InvalidData(string json, string message)
    {
        var read = () => Load(WithDocument(Save(Trained.Value.Model), _ => json));

        read.Should().Throw<InvalidDataException>().WithMessage(message);
    }

    [Fact]
    public void ReadFrom_OtherVersionOrFeatures_InvalidDataWithRetrainAdvice()
    {
        var saved = Save(Trained.Value.Model);

        var newer = () => Load(WithDocument(saved, json => json.Replace($"\"version\": {RiskModel.FormatVersion}", "\"version\": 99")));
        var renamed = () => Load(WithDocument(saved, json => json.Replace("\"log_output\"", "\"log_size\"")));

        newer.Should().Throw<InvalidDataException>().WithMessage("*retrain*");
        renamed.Should().Throw<InvalidDataException>().WithMessage("*feature list*");
    }

    private static byte[] Save(RiskModel model)
    {
        using var stream = new MemoryStream();
        model.WriteTo(stream);
        return stream.ToArray();
    }

    private static RiskModel Load(byte[] bytes) => RiskModel.ReadFrom(new MemoryStream(bytes));

    private static byte[] WithDocument(byte[] saved, Func<string, string> edit)
    {
        var stream = new MemoryStream();
        stream.Write(saved);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry("model.json")!;
            string json;
            using (var reader = new StreamReader(entry.Open())) json = reader.ReadToEnd();
            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("model.json").Open());
            writer.Write(edit(json));
        }
        return stream.ToArray();
    }
}
