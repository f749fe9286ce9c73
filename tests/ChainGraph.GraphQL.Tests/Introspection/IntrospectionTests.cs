using System.Text.Json;
using ChainGraph.GraphQL.Introspection;

namespace ChainGraph.GraphQL.Tests.Introspection;

public sealed class IntrospectionTests
{
    internal const string Sdl = """
        "The chain graph API."
        schema { query: Query mutation: Mutation }

        "Anything with an id."
        interface Node { id: ID! }
        interface Named implements Node { id: ID! name: String }
        "A company."
        type Enterprise implements Node & Named {
          id: ID!
          name: String
          "Old name."
          legacyName: String @deprecated(reason: "Use name.")
          grid(size: Int = 3, mode: Mode = FAST, tags: [String!] = ["a"], input: Range = { from: 1 }): [[Int!]!]
          search(old: String @deprecated, term: String): [Node]
        }
        union Result = Enterprise
        enum Mode { FAST SLOW @deprecated(reason: "Too slow.") }
        input Range { from: Int! = 0 to: Int @deprecated }
        input Pick @oneOf { a: Int b: String }
        scalar Url @specifiedBy(url: "https://tools.ietf.org/html/rfc3986")
        directive @tag(name: String!) repeatable on FIELD_DEFINITION | OBJECT
        type Query { node(id: ID!): Node result: Result pick(p: Pick): Url }
        type Mutation { touch: Boolean }
        """;

    private static readonly ChainGraph.GraphQL.Types.GraphQLSchema Schema = TestSchema.Build(Sdl);

    private static async Task<JsonElement> IntrospectAsync()
    {
        var result = await TestSchema.RunAsync(Schema, IntrospectionQueryText.Full);
        result.Errors.Should().BeNull();
        return JsonDocument.Parse(result.ToJson()).RootElement.GetProperty("data").GetProperty("__schema");
    }

    private static JsonElement Type(JsonElement schema, string name) =>
        schema.GetProperty("types").EnumerateArray().Single(t => t.GetProperty("name").GetString() == name);

    [Fact]
    public async Task FullQuery_SchemaLevel_HasDescriptionRootsAndDirectives()
    {
        var schema = await IntrospectAsync();
        schema.GetProperty("description").GetString().Should().Be("The chain graph API.");
        schema.GetProperty("queryType").GetProperty("name").GetString().Should().Be("Query");
        schema.GetProperty("mutationType").GetProperty("name").GetString().Should().Be("Mutation");
        schema.GetProperty("subscriptionType").ValueKind.Should().Be(JsonValueKind.Null);
        var directives = schema.GetProperty("directives").EnumerateArray().ToDictionary(d => d.GetProperty("name").GetString()!);
        directives.Keys.Should().Contain(["include", "skip", "deprecated", "specifiedBy", "oneOf", "tag"]);
        directives["tag"].GetProperty("isRepeatable").GetBoolean().Should().BeTrue();
        directives["skip"].GetProperty("locations").EnumerateArray().Select(l => l.GetString()).Should().Equal("FIELD", "FRAGMENT_SPREAD", "INLINE_FRAGMENT");
        directives["deprecated"].GetProperty("args")[0].GetProperty("defaultValue").GetString().Should().Be("\"No longer supported\"");
    }

    [Fact]
    public async Task FullQuery_Types_IncludeAllBuiltInScalarsAndIntrospectionTypes()
    {
        var names = (await IntrospectAsync()).GetProperty("types").EnumerateArray().Select(t => t.GetProperty("name").GetString()).ToList();
        names.Should().Contain(["Int", "Float", "String", "Boolean", "ID", "__Schema", "__Type", "__TypeKind", "__Field", "__InputValue", "__EnumValue", "__Directive", "__DirectiveLocation"]);
        names.Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public async Task FullQuery_ObjectType_DescribesFieldsArgsAndDeprecation()
    {
        var enterprise = Type(await IntrospectAsync(), "Enterprise");
        enterprise.GetProperty("kind").GetString().Should().Be("OBJECT");
        enterprise.GetProperty("description").GetString().Should().Be("A company.");
        enterprise.GetProperty("interfaces").EnumerateArray().Select(i => i.GetProperty("name").GetString()).Should().Equal("Node", "Named");
        var fields = enterprise.GetProperty("fields").EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!);
        fields["legacyName"].GetProperty("isDeprecated").GetBoolean().Should().BeTrue();
        fields["legacyName"].GetProperty("deprecationReason").GetString().Should().Be("Use name.");
        var args = fields["grid"].GetProperty("args").EnumerateArray().ToDictionary(a => a.GetProperty("name").GetString()!, a => a.GetProperty("defaultValue").GetString());
        args.Should().Equal(new Dictionary<string, string?> { ["size"] = "3", ["mode"] = "FAST", ["tags"] = "[\"a\"]", ["input"] = "{from: 1}" });
        fields["search"].GetProperty("args").EnumerateArray().First().GetProperty("isDeprecated").GetBoolean().Should().BeTrue();
    }

    [Fact]
    public async Task FullQuery_WrappedTypes_NestThroughOfType()
    {
        var grid = Type(await IntrospectAsync(), "Enterprise").GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "grid").GetProperty("type");
        var kinds = new List<string>();
        for (var t = grid; t.ValueKind == JsonValueKind.Object; t = t.GetProperty("ofType"))
        {
            kinds.Add(t.GetProperty("kind").GetString() + ":" + (t.GetProperty("name").GetString() ?? "-"));
        }

        kinds.Should().Equal("LIST:-", "NON_NULL:-", "LIST:-", "NON_NULL:-", "SCALAR:Int");
    }

    [Fact]
    public async Task FullQuery_AbstractEnumInputScalar_AreDescribed()
    {
        var schema = await IntrospectAsync();
        Type(schema, "Node").GetProperty("possibleTypes").EnumerateArray().Select(t => t.GetProperty("name").GetString()).Should().Equal("Enterprise");
        Type(schema, "Named").GetProperty("interfaces").EnumerateArray().Select(t => t.GetProperty("name").GetString()).Should().Equal("Node");
        Type(schema, "Result").GetProperty("possibleTypes").GetArrayLength().Should().Be(1);
        Type(schema, "Mode").GetProperty("enumValues").EnumerateArray().Last().GetProperty("deprecationReason").GetString().Should().Be("Too slow.");
        Type(schema, "Range").GetProperty("inputFields").EnumerateArray().Select(f => f.GetProperty("isDeprecated").GetBoolean()).Should().Equal(false, true);
        Type(schema, "Pick").GetProperty("isOneOf").GetBoolean().Should().BeTrue();
        Type(schema, "Range").GetProperty("isOneOf").GetBoolean().Should().BeFalse();
        Type(schema, "Enterprise").GetProperty("isOneOf").ValueKind.Should().Be(JsonValueKind.Null);
        Type(schema, "Url").GetProperty("specifiedByURL").GetString().Should().Be("https://tools.ietf.org/html/rfc3986");
        Type(schema, "Query").GetProperty("inputFields").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public async Task FullQuery_Result_SatisfiesBuildClientSchemaRequirements()
    {
        var schema = await IntrospectAsync();
        var types = schema.GetProperty("types").EnumerateArray().ToDictionary(t => t.GetProperty("name").GetString()!, t => t.GetProperty("kind").GetString());
        foreach (var type in schema.GetProperty("types").EnumerateArray())
        {
            var required = type.GetProperty("kind").GetString() switch
            {
                "OBJECT" => ["fields", "interfaces"],
                "INTERFACE" => ["fields", "interfaces", "possibleTypes"],
                "UNION" => ["possibleTypes"],
                "ENUM" => ["enumValues"],
                "INPUT_OBJECT" => new[] { "inputFields" },
                _ => [],
            };
            required.Where(p => type.GetProperty(p).ValueKind != JsonValueKind.Array).Should().BeEmpty(type.GetProperty("name").GetString());
        }

        foreach (var name in NamedTypeReferences(schema))
        {
            types.Should().ContainKey(name);
        }
    }

    [Fact]
    public async Task DirectiveDeprecation_GraphQLJsExperimental_IsIntrospectable()
    {
        var schema = TestSchema.Build(Sdl + "\ndirective @old @deprecated(reason: \"gone\") on FIELD");
        var hidden = await TestSchema.JsonAsync(schema, "{ __schema { directives { name } } }");
        hidden.Should().NotContain("\"old\"");
        var shown = await TestSchema.JsonAsync(schema, "{ __schema { directives(includeDeprecated: true) { name isDeprecated deprecationReason } } }");
        shown.Should().Contain("{\"name\":\"old\",\"isDeprecated\":true,\"deprecationReason\":\"gone\"}");
        ChainGraph.GraphQL.Types.SchemaPrinter.Print(schema).Should().Contain("directive @old @deprecated(reason: \"gone\") on FIELD");
    }

    [Fact]
    public async Task TypeField_ReturnsOneTypeOrNull()
    {
        var json = await TestSchema.JsonAsync(Schema, "{ a: __type(name: \"Mode\") { kind enumValues { name } } b: __type(name: \"Nope\") { name } }");
        json.Should().Be("""{"data":{"a":{"kind":"ENUM","enumValues":[{"name":"FAST"}]},"b":null}}""");
    }

    [Fact]
    public async Task Typename_OnEveryCompositeLevel()
    {
        var schema = TestSchema.Build(Sdl, b => b.Resolve("Query", "result", _ => new Dictionary<string, object?> { ["__typename"] = "Enterprise", ["id"] = "1" }));
        (await TestSchema.JsonAsync(schema, "{ __typename result { __typename ... on Enterprise { id } } }")).Should().Be("""{"data":{"__typename":"Query","result":{"__typename":"Enterprise","id":"1"}}}""");
    }

    [Fact]
    public async Task Introspection_IsExcludedFromDepthAndCostLimits()
    {
        var result = await TestSchema.RunAsync(Schema, IntrospectionQueryText.Full, options: new ExecutionOptions { MaxDepth = 2, MaxFieldCost = 5 });
        result.Errors.Should().BeNull();
    }

    private static IEnumerable<string> NamedTypeReferences(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("kind", out var kind) && element.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String && kind.ValueKind == JsonValueKind.String)
            {
                yield return name.GetString()!;
            }

            foreach (var property in element.EnumerateObject())
            {
                foreach (var nested in NamedTypeReferences(property.Value))
                {
                    yield return nested;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray().SelectMany(NamedTypeReferences))
            {
                yield return item;
            }
        }
    }
}
