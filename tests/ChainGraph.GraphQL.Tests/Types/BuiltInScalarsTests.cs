using ChainGraph.GraphQL.Language;
using ChainGraph.GraphQL.Types;

namespace ChainGraph.GraphQL.Tests.Types;

public sealed class BuiltInScalarsTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(2.0, 2)]
    [InlineData(true, 1)]
    [InlineData("12", 12)]
    public void IntSerialize_CoercibleValues_ReturnInt(object input, int expected)
    {
        BuiltInScalars.Int.Serialize(input).Should().Be(expected);
    }

    [Theory]
    [InlineData(1.5, "Int cannot represent non-integer value: 1.5")]
    [InlineData(3_000_000_000L, "Int cannot represent non 32-bit signed integer value: 3000000000")]
    [InlineData("abc", "Int cannot represent non-integer value: \"abc\"")]
    public void IntSerialize_InvalidValues_Throw(object input, string message)
    {
        var act = () => BuiltInScalars.Int.Serialize(input);
        act.Should().Throw<GraphQLException>().WithMessage(message);
    }

    [Theory]
    [InlineData("1", 1)]
    [InlineData("-2147483648", int.MinValue)]
    public void IntParseLiteral_InRange_Parses(string literal, int expected)
    {
        BuiltInScalars.Int.ParseLiteral(Parser.ParseValue(literal)).Should().Be(expected);
    }

    [Fact]
    public void IntParseLiteral_Overflow_Throws()
    {
        var act = () => BuiltInScalars.Int.ParseLiteral(Parser.ParseValue("2147483648"));
        act.Should().Throw<GraphQLException>().WithMessage("Int cannot represent non 32-bit signed integer value: 2147483648");
    }

    [Fact]
    public void OtherScalars_FollowSpecCoercion()
    {
        BuiltInScalars.Float.ParseLiteral(Parser.ParseValue("1")).Should().Be(1.0);
        BuiltInScalars.String.Serialize(true).Should().Be("true");
        BuiltInScalars.Boolean.Serialize(0).Should().Be(false);
        BuiltInScalars.ID.Serialize(42).Should().Be("42");
        BuiltInScalars.ID.ParseValue(7).Should().Be("7");
        BuiltInScalars.ID.ParseLiteral(Parser.ParseValue("7")).Should().Be("7");
        var act = () => BuiltInScalars.Boolean.ParseValue(1);
        act.Should().Throw<GraphQLException>().WithMessage("Boolean cannot represent a non boolean value: 1");
        var nan = () => BuiltInScalars.Float.Serialize(double.NaN);
        nan.Should().Throw<GraphQLException>().WithMessage("Float cannot represent non numeric value: NaN");
    }
}
