using ChainGraph.GraphQL.Language;
using ChainGraph.GraphQL.Types;

namespace ChainGraph.GraphQL.Tests.Types;

public sealed class SchemaBuilderTests
{
    private static SchemaException Invalid(string sdl, Action<SchemaBuilder>? configure = null)
    {
        var act = () => TestSchema.Build(sdl, configure);
        return act.Should().Throw<SchemaException>().Which;
    }

    [Theory]
    [InlineData("type Query { a: Int } type Query { b: Int }", "There can be only one type named \"Query\".")]
    [InlineData("type Query { a: Nope }", "Unknown type \"Nope\".")]
    [InlineData("type Query { a: Int a: String }", "Field \"Query.a\" can only be defined once.")]
    [InlineData("type Query { a(x: Int, x: Int): Int }", "Argument \"Query.a(x:)\" can only be defined once.")]
    [InlineData("type Query { a: Int } enum E { A A }", "Enum value \"E.A\" can only be defined once.")]
    [InlineData("type Query { a: In } input In { x: Int }", "The type of Query.a must be Output Type but got: In.")]
    [InlineData("type Query { a(x: Query): Int }", "The type of Query.a(x:) must be Input Type but got: Query.")]
    [InlineData("interface I { f: Int } type Query implements I { a: Int }", "Interface field I.f expected but Query does not provide it.")]
    [InlineData("interface I { f: Int } type Query implements I { f: String }", "Interface field I.f expects type Int but Query.f is type String.")]
    [InlineData("interface I { f(a: Int): Int } type Query implements I { f: Int }", "Interface field argument I.f(a:) expected but Query.f does not provide it.")]
    [InlineData("interface I { f: Int } type Query implements I { f(b: Int!): Int }", "Object field Query.f includes required argument b that is missing from the Interface field I.f.")]
    [InlineData("interface A { f: Int } interface B implements A { f: Int } type Query implements B { f: Int }", "Type Query must implement A because it is implemented by B.")]
    [InlineData("type Query { a: Int } type Other { b: Int } union U = Query | Int", "Union type U can only include Object types, it cannot include Int.")]
    [InlineData("type Query { a: Int } union U = Query | Query", "Union type U can only include type Query once.")]
    [InlineData("type Query { a: Int } input A { b: B! } input B { a: A! }", "Cannot reference Input Object \"A\" within itself through a series of non-null fields: \"b.a\".")]
    [InlineData("type Query { a: Int } input P @oneOf { a: Int! b: Int = 1 }", "OneOf input field P.a must be nullable.")]
    [InlineData("type Query { a: Int } input P @oneOf { a: Int b: Int = 1 }", "OneOf input field P.b cannot have a default value.")]
    [InlineData("type Query { a(x: Int! @deprecated): Int }", "Required argument Query.a(x:) cannot be deprecated.")]
    [InlineData("type Query { a: Int @unknown }", "Unknown directive \"@unknown\".")]
    [InlineData("type Query @deprecated { a: Int }", "Directive \"@deprecated\" may not be used on OBJECT.")]
    [InlineData("type Query { a: Int } directive @skip on FIELD", "Directive \"@skip\" already exists in the schema. It cannot be redefined.")]
    [InlineData("type Query { a: Int } extend type Missing { b: Int }", "Cannot extend type \"Missing\" because it is not defined.")]
    [InlineData("type Query { a: Int } enum E { A } extend input E { b: Int }", "Cannot extend non-enum type \"E\".")]
    [InlineData("type Mutation { a: Int }", "Query root type must be provided.")]
    [InlineData("type Query { a(x: Int = \"s\"): Int }", "Argument \"Query.a(x:)\" has invalid default value: \"s\".")]
    [InlineData("type Query { __a: Int }", "Name \"__a\" must not begin with \"__\", which is reserved by GraphQL introspection.")]
    [InlineData("type Query { a: Int } query { a }", "The SDL must not contain executable definitions; found one at line 1.")]
    [InlineData("type Query { a: Int } schema { query: Query } schema { query: Query }", "Must provide only one schema definition.")]
    [InlineData("schema { query: In } input In { a: Int }", "Query root type must be Object type, it cannot be In.")]
    public void Build_InvalidSdl_ThrowsWithGraphQLJsMessage(string sdl, string message)
    {
        Invalid(sdl).Errors.Should().Contain(message);
    }

    [Fact]
    public void Build_UnknownResolverTarget_Throws()
    {
        Invalid("type Query { a: Int }", b => b.Resolve("Query", "nope", _ => 1)).Errors
            .Should().Contain("Cannot register a resolver for \"Query.nope\": the type \"Query\" has no field \"nope\".");
        Invalid("type Query { a: Int }", b => b.Scalar("Date", v => v)).Errors
            .Should().Contain("Cannot register scalar \"Date\": the SDL does not declare \"scalar Date\".");
    }

    [Fact]
    public void Build_SeveralProblems_ListsThemAll()
    {
        var error = Invalid("type Query { a: Nope b: Nope2 }");
        error.Errors.Should().HaveCount(2);
        error.Message.Should().StartWith("Invalid schema:\n  - Unknown type \"Nope\".");
    }

    [Fact]
    public void Build_ExtensionsAndDescriptions_AreMerged()
    {
        var schema = TestSchema.Build("""
            "Root" type Query { a: Int }
            extend type Query { b: String }
            interface Node { id: ID! }
            type Thing implements Node { id: ID! }
            extend union U = Thing
            union U
            extend enum E { B }
            enum E { A }
            extend input I { y: Int }
            input I { x: Int }
            """);
        var query = schema.QueryType;
        query.Description.Should().Be("Root");
        query.Fields.Select(f => f.Name).Should().Equal("a", "b");
        ((UnionType)schema.GetType("U")!).Types.Select(t => t.Name).Should().Equal("Thing");
        ((EnumType)schema.GetType("E")!).Values.Select(v => v.Name).Should().Equal("A", "B");
        ((InputObjectType)schema.GetType("I")!).Fields.Select(f => f.Name).Should().Equal("x", "y");
        schema.GetPossibleTypes(schema.GetType("Node")!).Select(t => t.Name).Should().Equal("Thing");
    }

    [Fact]
    public void Build_SchemaDefinition_SetsRootTypesAndAlwaysHasBuiltIns()
    {
        var schema = TestSchema.Build("schema { query: Q mutation: M } type Q { a: Int } type M { b: Int }");
        schema.QueryType.Name.Should().Be("Q");
        schema.MutationType!.Name.Should().Be("M");
        schema.SubscriptionType.Should().BeNull();
        schema.Types.Select(t => t.Name).Should().Contain(["Int", "Float", "String", "Boolean", "ID", "__Schema"]);
        schema.Directives.Select(d => d.Name).Should().StartWith(["include", "skip", "deprecated", "specifiedBy", "oneOf"]);
    }

    [Fact]
    public void Build_InterfaceImplementingInterface_IsValid()
    {
        var schema = TestSchema.Build("interface A { id: ID! } interface B implements A { id: ID! n: Int } type Query implements A & B { id: ID! n: Int }");
        schema.IsSubType(schema.GetType("A")!, schema.GetType("B")!).Should().BeTrue();
        schema.IsSubType(schema.GetType("B")!, schema.QueryType).Should().BeTrue();
    }

    [Fact]
    public void Build_Sdl_WithSyntaxError_ThrowsSyntaxError()
    {
        var act = () => SchemaBuilder.FromSdl("type Query {");
        act.Should().Throw<GraphQLSyntaxError>().Which.Message.Should().Be("Syntax Error: Expected Name, found <EOF>.");
    }

    [Fact]
    public void Build_SchemaIsReusableAcrossBuilds()
    {
        var builder = SchemaBuilder.FromSdl("type Query { a: Int }");
        builder.Build().Should().NotBeSameAs(builder.Build());
    }
}
