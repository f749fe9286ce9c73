using ChainGraph.Analysis.Risk.Training;
using ChainGraph.Application.Risk;
using ChainGraph.Application.Tests.Snapshots;
using ChainGraph.Storage;

namespace ChainGraph.Application.Tests.Risk;

public sealed class RiskModelUseCaseTests(SampleStore sample) : IClassFixture<SampleStore>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cg-risk-use-case-").FullName;

    [Fact]
    public async Task TrainAsync_Sample_SavesTheModelThatChooseThenReads()
    {
        var path = Path.Combine(_folder, "risk-model.zip");
        using var store = await StoreFactory.OpenAsync(sample.Path);

        var trained = await RiskModelUseCase.TrainAsync(store, TrainingOptions.Default, path);
        var chosen = RiskModelUseCase.Choose(path, sample.Dataset);

        File.Exists(path).Should().BeTrue();
        chosen.Trained.Should().BeFalse();
        chosen.Source.Should().Be($"file {path}");
        chosen.Model.Training.DatasetVersion.Should().Be(trained.Training.DatasetVersion).And.Be(sample.Dataset.Version);
    }

    [Fact]
    public void Choose_NoFile_TrainsWithTheDefaultsAndSaysSo()
    {
        var path = Path.Combine(_folder, "absent.zip");

        var chosen = RiskModelUseCase.Choose(path, sample.Dataset);

        chosen.Trained.Should().BeTrue();
        chosen.Source.Should().Contain("default options").And.Contain(path);
        File.Exists(path).Should().BeFalse("a model trained for want of a file is not saved");
    }

    [Fact]
    public void Train_CutoffAfterAllHistory_RefusedAsAnInvalidRequest()
    {
        var options = TrainingOptions.Default with { Cutoff = new DateOnly(2100, 1, 1) };

        var act = () => RiskModelUseCase.Train(sample.Dataset, options);

        act.Should().Throw<InvalidRequestException>().WithMessage("cannot train: *");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
