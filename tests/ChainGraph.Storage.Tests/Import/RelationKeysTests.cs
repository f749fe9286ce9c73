using ChainGraph.Storage.Import;

namespace ChainGraph.Storage.Tests.Import;

public sealed class RelationKeysTests
{
    [Fact]
    public void Relation_TenMillionEnterprises_DistinctTriplesGetDistinctKeys()
    {
        var keys = new RelationKeys(10_000_000, 65);
        int[] enterprises = [0, 1, 4_194_303, 4_194_304, 9_999_999];
        int[] segments = [0, 1, 64];
        var seen = new HashSet<ulong>();

        foreach (var supplier in enterprises)
        foreach (var customer in enterprises)
        foreach (var segment in segments)
            seen.Add(keys.Relation(supplier, customer, segment)).Should().BeTrue($"({supplier}, {customer}, {segment}) is new");

        seen.Should().HaveCount(enterprises.Length * enterprises.Length * segments.Length);
    }

    [Fact]
    public void Relation_AllSixtyFourBitsUsed_LargestIndicesDistinctFromNeighbours()
    {
        var keys = new RelationKeys(20_000_000, 16_384);

        keys.Relation(19_999_999, 19_999_999, 16_383).Should().NotBe(keys.Relation(19_999_998, 19_999_999, 16_383))
            .And.NotBe(keys.Relation(19_999_999, 19_999_998, 16_383)).And.NotBe(keys.Relation(19_999_999, 19_999_999, 16_382));
        keys.Sum(19_999_999, 16_383).Should().NotBe(keys.Sum(19_999_998, 16_383)).And.NotBe(keys.Sum(19_999_999, 16_382));
        keys.Relation(19_999_999, 0, 0).Should().NotBe(keys.Relation(0, 19_999_999, 0));
    }

    [Fact]
    public void Constructor_MoreThanSixtyFourBits_NotSupported()
    {
        var build = () => new RelationKeys(1 << 30, 1 << 10);

        build.Should().Throw<NotSupportedException>().WithMessage("*1,073,741,824 enterprises and 1,024 segments*");
    }
}
