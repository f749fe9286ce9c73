using ChainGraph.Application.Results;

namespace ChainGraph.Application.Tests.Results;

public sealed class ResultKeyTests
{
    [Fact]
    public void With_SameParts_SameDigest() =>
        Key().With("chain", "ic").Hex.Should().Be(Key().With("chain", "ic").Hex).And.HaveLength(32);

    [Fact]
    public void With_PartsThatConcatenateAlike_DifferentDigests()
    {
        Key().With("a", "bc").Hex.Should().NotBe(Key().With("ab", "c").Hex);
        Key().With("a", null).Hex.Should().NotBe(Key().With("a", "").Hex);
        Key().With("a", "1").With("b", "2").Hex.Should().NotBe(Key().With("b", "2").With("a", "1").Hex);
    }

    [Fact]
    public void WithFile_EditedContents_AnotherDigest()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, "segment,min_local_firms\nic-design,3\n");
            var before = Key().WithFile("rules", file).Hex;
            File.WriteAllText(file, "segment,min_local_firms\nic-design,4\n");

            Key().WithFile("rules", file).Hex.Should().NotBe(before);
            Key().WithFile("rules", file + ".missing").Hex.Should().NotBe(Key().WithFile("rules", null).Hex);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void ToString_VersionFirst() => Key().ToString().Should().StartWith("42-");

    [Fact]
    public void BuildIdentity_NamesEveryAssemblyOnce()
    {
        var build = BuildIdentity.Of(typeof(ResultKey).Assembly, typeof(ResultKeyTests).Assembly, typeof(ResultKey).Assembly);

        build.Split(';').Should().HaveCount(2).And.Contain($"ChainGraph.Application={typeof(ResultKey).Assembly.ManifestModule.ModuleVersionId:N}");
    }

    private static ResultKey Key() => ResultKey.For("targets", "/data/store.db", 42, "build");
}
