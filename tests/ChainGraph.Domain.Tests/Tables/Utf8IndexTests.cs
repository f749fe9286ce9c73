using ChainGraph.Domain.Tables;

namespace ChainGraph.Domain.Tests.Tables;

public sealed class Utf8IndexTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(1000)]
    [InlineData(100_000)]
    public void Find_EveryTextAndNearMisses_RowOrMinusOne(int count)
    {
        var texts = Enumerable.Range(0, count).Select(i => CreditCode.Create("440300", i)).ToArray();
        var index = new Utf8Index(Utf8Texts.From(texts), "id");

        for (var row = 0; row < count; row++) index.Find(texts[row]).Should().Be(row);
        for (var i = count; i < count + 1000; i++) index.Find(CreditCode.Create("440300", i)).Should().Be(-1);
        index.Find("").Should().Be(-1);
    }

    [Fact]
    public void Constructor_TextTwice_Throws()
    {
        var create = () => new Utf8Index(Utf8Texts.From(["a", "b", "a"]), "id");

        create.Should().Throw<InvalidDataException>().WithMessage("*'a' occurs twice*");
    }
}
