using ChainGraph.GraphQL.Language;
using ChainGraph.GraphQL.Types;

namespace ChainGraph.GraphQL.Tests.Types;

public sealed class SchemaCoordinatesTests
{
    private static readonly GraphQLSchema Schema = TestSchema.Build("""
        type Query { chain(id: ID!): Chain }
        type Chain { name: String }
        input Filter { name: String }
        enum Stage { UP DOWN }
        scalar Date
        directive @tag(name: String) on FIELD_DEFINITION
        """);

    [Theory]
    [InlineData("Chain", "Chain")]
    [InlineData("Query.chain", "chain: Chain")]
    [InlineData("Query.chain(id:)", "id: ID!")]
    [InlineData("Filter.name", "name: String")]
    [InlineData("Stage.UP", "UP")]
    [InlineData("@tag", "@tag")]
    [InlineData("@tag(name:)", "name: String")]
    [InlineData("@skip(if:)", "if: Boolean!")]
    public void Resolve_ValidCoordinates_FindElement(string coordinate, string expected)
    {
        SchemaCoordinates.Resolve(Schema, coordinate)!.ToString().Should().Be(expected);
    }

    [Theory]
    [InlineData("Type")]
    [InlineData("Type.field(arg:)")]
    [InlineData("@dir(arg:)")]
    public void Parse_ThenPrint_RoundTrips(string coordinate)
    {
        Printer.Print(SchemaCoordinateParser.Parse(coordinate)).Should().Be(coordinate);
    }

    [Theory]
    [InlineData("Nope")]
    [InlineData("Chain.nope")]
    [InlineData("Query.chain(nope:)")]
    [InlineData("@nope")]
    public void Resolve_MissingElements_ReturnNull(string coordinate)
    {
        SchemaCoordinates.Resolve(Schema, coordinate).Should().BeNull();
    }

    [Fact]
    public void Resolve_MemberOfScalar_Throws()
    {
        var act = () => SchemaCoordinates.Resolve(Schema, "Date.x");
        act.Should().Throw<GraphQLException>().WithMessage("Schema coordinate \"Date.x\" cannot name a member of scalar type \"Date\".");
    }

    [Theory]
    [InlineData("Query. chain", "Syntax Error: Expected Name, found \" \".", 7)]
    [InlineData("Query.chain(id)", "Syntax Error: Expected \":\", found \")\".", 15)]
    [InlineData("@tag.name", "Syntax Error: Expected <EOF>, found \".\".", 5)]
    [InlineData("", "Syntax Error: Expected Name, found <EOF>.", 1)]
    [InlineData("Type(arg:)", "Syntax Error: Expected <EOF>, found \"(\".", 5)]
    public void Parse_Malformed_ThrowsWithColumn(string coordinate, string message, int column)
    {
        var act = () => SchemaCoordinateParser.Parse(coordinate);
        var error = act.Should().Throw<GraphQLSyntaxError>().Which;
        error.Message.Should().Be(message);
        error.Column.Should().Be(column);
    }
}
