using ChainGraph.Cli.Commands;
using ChainGraph.Synthetic.Tests;

namespace ChainGraph.Cli.Tests.Generate;

public sealed class DeterminismTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("shenzhen", "csv")]
    [InlineData("shenzhen", "jsonl")]
    [InlineData("scale", "csv")]
    public void Generate_SameSeedTwice_ByteIdenticalFiles(string preset, string format)
    {
        var first = Generate(preset, 42, format, "a");
        var second = Generate(preset, 42, format, "b");

        Files(second).Should().Equal(Files(first));
    }

    [Theory]
    [InlineData("shenzhen")]
    [InlineData("scale")]
    public void Generate_DifferentSeed_DifferentEnterprisesAndSupplies(string preset)
    {
        var first = Generate(preset, 42, "csv", "a");
        var second = Generate(preset, 43, "csv", "b");

        File.ReadAllBytes(Path.Combine(second, "enterprises.csv")).Should().NotEqual(File.ReadAllBytes(Path.Combine(first, "enterprises.csv")));
        File.ReadAllBytes(Path.Combine(second, "supplies.csv")).Should().NotEqual(File.ReadAllBytes(Path.Combine(first, "supplies.csv")));
    }

    [Fact]
    public void Generate_Csv_Utf8WithoutBomLfOnly()
    {
        var bytes = File.ReadAllBytes(Path.Combine(Generate("shenzhen", 1, "csv", "a"), "enterprises.csv"));

        bytes.Take(3).Should().NotEqual(new byte[] { 0xEF, 0xBB, 0xBF });
        bytes.Should().NotContain((byte)'\r');
        bytes[^1].Should().Be((byte)'\n');
    }

    private string Generate(string preset, int seed, string format, string name)
    {
        var directory = _temp.Sub(name);
        string[] size = preset == "scale" ? ["--enterprises", "5000", "--relations", "40000"] : [];
        var exit = CliApp.Run(["generate", "--preset", preset, "--seed", $"{seed}", "--format", format, "--out", directory, .. size],
            [GenerateCommand.Create()], TextWriter.Null, TextWriter.Null);
        exit.Should().Be(ExitCodes.Success);
        return directory;
    }

    private static List<(string Name, string Hash)> Files(string directory) =>
        [.. Directory.GetFiles(directory).Order().Select(f => (Path.GetFileName(f), Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))))];
}
