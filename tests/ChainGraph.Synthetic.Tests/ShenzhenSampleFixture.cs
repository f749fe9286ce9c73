using ChainGraph.Synthetic;

namespace ChainGraph.Synthetic.Tests;

/// <summary>The shenzhen preset with seed 42, generated once and written as CSV for a test class.</summary>
public sealed class ShenzhenSampleFixture : IDisposable
{
    private readonly TempDirectory directory = new();

    public ShenzhenSampleFixture()
    {
        Dataset = ShenzhenPreset.Generate(new Random(42));
        DatasetFileWriter.Write(Dataset, directory.Path, OutputFormat.Csv);
        Files = new GeneratedFiles(directory.Path);
    }

    public SyntheticDataset Dataset { get; }

    public string Directory => directory.Path;

    internal GeneratedFiles Files { get; }

    public void Dispose() => directory.Dispose();
}
