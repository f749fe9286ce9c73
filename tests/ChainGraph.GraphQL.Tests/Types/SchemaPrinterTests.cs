using ChainGraph.GraphQL.Types;

namespace ChainGraph.GraphQL.Tests.Types;

public sealed class SchemaPrinterTests
{
    private const string Sdl = """"
        """
        The chain graph API.
        Second line.
        """
        schema { query: Root mutation: Mutation }

        "Anything with an id."
        interface Node { id: ID! }
        interface Named implements Node { id: ID! name: String }
        """A company.
          indented"""
        type Enterprise implements Node & Named @tag(name: "x") {
          id: ID!
          "The name."
          name: String
          "Old name."
          legacyName: String @deprecated(reason: "Use name.")
          other: String @deprecated
          grid(
            "Size of the grid."
            size: Int = 3
            mode: Mode = FAST
          ): [[Int!]!]
          search(old: String @deprecated, term: String = "a\"b", input: Range = {from: 1, to: 2}): [Node]
        }
        union Result = Enterprise
        enum Mode { "fast" FAST SLOW @deprecated(reason: "Too slow.") }
        input Range { from: Int! = 0 "upper" to: Int @deprecated }
        input Pick @oneOf { a: Int b: String }
        scalar Url @specifiedBy(url: "https://tools.ietf.org/html/rfc3986")
        scalar Plain
        "Tags things."
        directive @tag("The tag." name: String!) repeatable on FIELD_DEFINITION | OBJECT
        directive @flag on FIELD
        type Root { node(id: ID!): Node result: Result pick(p: Pick): Url plain: Plain }
        type Mutation { touch: Boolean }
        """";

    /// <summary>What graphql-js 16.15.0's <c>printSchema(buildSchema(Sdl))</c> prints.</summary>
    private const string GraphQLJsPrintSchema = """"
        """
        The chain graph API.
        Second line.
        """
        schema {
          query: Root
          mutation: Mutation
        }

        """Tags things."""
        directive @tag(
          """The tag."""
          name: String!
        ) repeatable on FIELD_DEFINITION | OBJECT

        directive @flag on FIELD

        """Anything with an id."""
        interface Node {
          id: ID!
        }

        interface Named implements Node {
          id: ID!
          name: String
        }

        """
        A company.
        indented
        """
        type Enterprise implements Node & Named {
          id: ID!

          """The name."""
          name: String

          """Old name."""
          legacyName: String @deprecated(reason: "Use name.")
          other: String @deprecated
          grid(
            """Size of the grid."""
            size: Int = 3
            mode: Mode = FAST
          ): [[Int!]!]
          search(old: String @deprecated, term: String = "a\"b", input: Range = {from: 1, to: 2}): [Node]
        }

        union Result = Enterprise

        enum Mode {
          """fast"""
          FAST
          SLOW @deprecated(reason: "Too slow.")
        }

        input Range {
          from: Int! = 0

          """upper"""
          to: Int @deprecated
        }

        input Pick @oneOf {
          a: Int
          b: String
        }

        scalar Url @specifiedBy(url: "https://tools.ietf.org/html/rfc3986")

        scalar Plain

        type Root {
          node(id: ID!): Node
          result: Result
          pick(p: Pick): Url
          plain: Plain
        }

        type Mutation {
          touch: Boolean
        }
        """";

    [Fact]
    public void Print_Schema_MatchesGraphQLJsPrintSchema()
    {
        SchemaPrinter.Print(TestSchema.Build(Sdl)).Should().Be(GraphQLJsPrintSchema);
    }

    [Fact]
    public void Print_ConventionalRootNames_OmitsSchemaDefinition()
    {
        SchemaPrinter.Print(TestSchema.Build("type Query { a: Int }")).Should().Be("type Query {\n  a: Int\n}");
    }

    [Fact]
    public void Print_Output_BuildsTheSameSchemaAgain()
    {
        var printed = SchemaPrinter.Print(TestSchema.Build(Sdl));
        SchemaPrinter.Print(TestSchema.Build(printed)).Should().Be(printed);
    }
}
