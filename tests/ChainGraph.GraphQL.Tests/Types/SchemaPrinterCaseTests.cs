using ChainGraph.GraphQL.Types;

namespace ChainGraph.GraphQL.Tests.Types;

/// <summary>Cases first written for <c>GET /graphql?sdl</c>: what the printed SDL keeps, leaves out, and round-trips.</summary>
public sealed class SchemaPrinterCaseTests
{
    private const string Source = """"
        directive @tag(name: String!) repeatable on FIELD_DEFINITION | OBJECT

        "Something with an id."
        interface Node {
          id: ID!
        }

        type Query {
          node(id: ID!): Node
          search(
            "What to look for."
            text: String!
            first: Int = 10
            kinds: [Kind!] = [A, B]
            filter: Filter = {name: "x", range: {min: 1.5}}
          ): [Result!]!
          old: String @deprecated
          older: String @deprecated(reason: "Use `node`.")
          when: Instant
        }

        """
        A thing.

          Indented line kept.
        """
        type Thing implements Node @tag(name: "t") {
          id: ID!
          name: String @tag(name: "n")
        }

        type Other implements Node {
          id: ID!
        }

        union Result = Thing | Other

        enum Kind {
          A
          "The second."
          B @deprecated(reason: "Gone")
        }

        input Filter {
          name: String
          range: Range
          legacy: Int @deprecated
        }

        input Range @oneOf {
          min: Float
          max: Float
        }

        scalar Instant @specifiedBy(url: "https://tools.ietf.org/html/rfc3339")
        """";

    [Fact]
    public void Print_Schema_RebuildsToTheSameSdl()
    {
        var printed = SchemaPrinter.Print(Build(Source));

        SchemaPrinter.Print(Build(printed)).Should().Be(printed);
    }

    [Fact]
    public void Print_Schema_KeepsWhatIntrospectionShows()
    {
        var printed = SchemaPrinter.Print(Build(Source));

        printed.Should().Contain("directive @tag(name: String!) repeatable on FIELD_DEFINITION | OBJECT")
            .And.Contain("type Thing implements Node {")
            .And.Contain("""  old: String @deprecated""" + "\n")
            .And.Contain("""older: String @deprecated(reason: "Use `node`.")""")
            .And.Contain("""B @deprecated(reason: "Gone")""")
            .And.Contain("legacy: Int @deprecated")
            .And.Contain("input Range @oneOf {")
            .And.Contain("""scalar Instant @specifiedBy(url: "https://tools.ietf.org/html/rfc3339")""")
            .And.Contain("union Result = Thing | Other")
            .And.Contain("kinds: [Kind!] = [A, B]")
            .And.Contain("""filter: Filter = {name: "x", range: {min: 1.5}}""")
            .And.Contain("    \"\"\"What to look for.\"\"\"\n    text: String!")
            .And.Contain("\"\"\"\nA thing.\n\n  Indented line kept.\n\"\"\"\ntype Thing");
    }

    [Fact]
    public void Print_Schema_LeavesOutBuiltInsAndAppliedCustomDirectives()
    {
        var printed = SchemaPrinter.Print(Build(Source));

        printed.Should().NotContain("__Schema").And.NotContain("scalar String").And.NotContain("directive @skip")
            .And.NotContain("@tag(name: \"t\")").And.NotContain("schema {");
        printed.Should().EndWith("rfc3339\")");
    }

    [Fact]
    public void Print_RootTypesWithOtherNames_PrintsSchemaDefinition()
    {
        var printed = SchemaPrinter.Print(Build("schema { query: Root } type Root { a: Int }"));

        printed.Should().Be("schema {\n  query: Root\n}\n\ntype Root {\n  a: Int\n}");
    }

    [Theory]
    [InlineData("Line one\r\nline two")]
    [InlineData("\n leading newline")]
    [InlineData("  common\n  indent")]
    [InlineData("trailing newline\n")]
    [InlineData("quote \"\"\" inside")]
    [InlineData("control \u0001 char")]
    public void Print_DescriptionsABlockStringCannotHold_RoundTripExactly(string description)
    {
        var schema = Build($"type Query {{ {ChainGraph.GraphQL.Language.Printer.PrintString(description)} a: Int }}");

        var rebuilt = Build(SchemaPrinter.Print(schema));

        rebuilt.QueryType.Fields["a"]!.Description.Should().Be(description);
    }

    private static GraphQLSchema Build(string sdl) => SchemaBuilder.FromSdl(sdl).Build();
}
