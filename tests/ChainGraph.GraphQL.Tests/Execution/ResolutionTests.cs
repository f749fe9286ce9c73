using System.Text.Json;
using ChainGraph.GraphQL.Language;

namespace ChainGraph.GraphQL.Tests.Execution;

public sealed class ResolutionTests
{
    private const string Sdl = """
        interface Node { id: ID! }
        interface Named implements Node { id: ID! name: String }
        type Enterprise implements Node & Named { id: ID! name: String status: Status }
        type Segment implements Node & Named { id: ID! name: String }
        union Thing = Enterprise | Segment
        enum Status { ACTIVE IN_LIQUIDATION }
        scalar DateTime
        input Filter @oneOf { id: ID name: String }
        type Query {
          node(id: ID!): Node
          things: [Thing!]!
          statuses(only: Status): [Status!]!
          today(after: DateTime): DateTime
          find(filter: Filter!): String
          json: Enterprise
          dict: Enterprise
        }
        """;

    public enum Status
    {
        Active,
        InLiquidation,
    }

    public sealed class Enterprise
    {
        public string Id { get; init; } = string.Empty;

        public string? NAME { get; init; }

        public Status Status { get; init; }
    }

    public sealed record Segment(string Id, string Name);

    private static readonly object[] Things = [new Enterprise { Id = "e1", NAME = "Acme", Status = Status.InLiquidation }, new Segment("s1", "Chips")];

    private static readonly ChainGraph.GraphQL.Types.GraphQLSchema Schema = TestSchema.Build(Sdl, b => b
        .Resolve("Query", "node", ctx => Things.FirstOrDefault(t => DefaultId(t) == ctx.Argument<string>("id")))
        .Resolve("Query", "things", _ => Things)
        .Resolve("Query", "statuses", ctx => ctx.Argument<Status?>("only") is { } only ? [only] : Enum.GetValues<Status>())
        .Resolve("Query", "today", ctx => ctx.Argument<DateTime?>("after")?.AddDays(1) ?? new DateTime(2026, 1, 2, 0, 0, 0, DateTimeKind.Utc))
        .Resolve("Query", "find", ctx => string.Join(",", ctx.Arguments["filter"] is IReadOnlyDictionary<string, object?> f ? f.Select(p => p.Key + "=" + p.Value) : []))
        .Resolve("Query", "json", _ => JsonDocument.Parse("""{"id":"j1","name":"From JSON","status":"ACTIVE"}""").RootElement)
        .Resolve("Query", "dict", _ => new Dictionary<string, object?> { ["id"] = "d1", ["name"] = "From dictionary", ["status"] = "ACTIVE" })
        .BindEnum<Status>("Status")
        .Scalar("DateTime",
            serialize: v => ((DateTime)v).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            parse: v => DateTime.Parse((string)v!, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal)));

    private static string DefaultId(object thing) => thing switch
    {
        Enterprise e => e.Id,
        Segment s => s.Id,
        _ => string.Empty,
    };

    [Fact]
    public async Task ExecuteAsync_InterfaceByClrTypeName_ResolvesRuntimeType()
    {
        var json = await TestSchema.JsonAsync(Schema, "{ node(id: \"e1\") { __typename id ... on Named { name } ... on Enterprise { status } } }");
        json.Should().Be("""{"data":{"node":{"__typename":"Enterprise","id":"e1","name":"Acme","status":"IN_LIQUIDATION"}}}""");
    }

    [Fact]
    public async Task ExecuteAsync_Union_ResolvesEachMember()
    {
        var json = await TestSchema.JsonAsync(Schema, "{ things { __typename ... on Segment { name } ... on Enterprise { id } } }");
        json.Should().Be("""{"data":{"things":[{"__typename":"Enterprise","id":"e1"},{"__typename":"Segment","name":"Chips"}]}}""");
    }

    [Fact]
    public async Task ExecuteAsync_RegisteredTypeResolver_Wins()
    {
        var schema = TestSchema.Build(Sdl, b => b
            .Resolve("Query", "node", _ => new { Id = "x" })
            .ResolveType("Node", (_, _) => "Segment"));
        (await TestSchema.JsonAsync(schema, "{ node(id: \"x\") { __typename id } }")).Should().Be("""{"data":{"node":{"__typename":"Segment","id":"x"}}}""");
    }

    [Fact]
    public async Task ExecuteAsync_IsTypeOf_IsUsedForAbstractTypes()
    {
        var schema = TestSchema.Build(Sdl, b => b
            .Resolve("Query", "node", _ => new { Id = "y" })
            .IsTypeOf("Enterprise", (v, _) => false)
            .IsTypeOf("Segment", (v, _) => true));
        (await TestSchema.JsonAsync(schema, "{ node(id: \"y\") { __typename } }")).Should().Be("""{"data":{"node":{"__typename":"Segment"}}}""");
    }

    [Fact]
    public async Task ExecuteAsync_UnresolvableAbstractType_IsFieldError()
    {
        var schema = TestSchema.Build(Sdl, b => b.Resolve("Query", "node", _ => new { Id = "z" }));
        var result = await TestSchema.RunAsync(schema, "{ node(id: \"z\") { id } }");
        result.Errors![0].Message.Should().StartWith("Abstract type \"Node\" must resolve to an Object type at runtime for field \"Query.node\".");
    }

    [Fact]
    public async Task ExecuteAsync_DictionaryAndJsonParents_UseDefaultResolver()
    {
        var json = await TestSchema.JsonAsync(Schema, "{ json { id name status } dict { id name status } }");
        json.Should().Be("""{"data":{"json":{"id":"j1","name":"From JSON","status":"ACTIVE"},"dict":{"id":"d1","name":"From dictionary","status":"ACTIVE"}}}""");
    }

    [Fact]
    public async Task ExecuteAsync_BoundEnum_ParsesArgumentToClrEnum()
    {
        (await TestSchema.JsonAsync(Schema, "{ statuses(only: IN_LIQUIDATION) }")).Should().Be("""{"data":{"statuses":["IN_LIQUIDATION"]}}""");
        (await TestSchema.JsonAsync(Schema, "{ statuses }")).Should().Be("""{"data":{"statuses":["ACTIVE","IN_LIQUIDATION"]}}""");
    }

    [Fact]
    public async Task ExecuteAsync_EnumVariableFromString_IsAccepted()
    {
        var vars = new Dictionary<string, object?> { ["s"] = "ACTIVE" };
        (await TestSchema.JsonAsync(Schema, "query($s: Status) { statuses(only: $s) }", vars)).Should().Be("""{"data":{"statuses":["ACTIVE"]}}""");
    }

    [Fact]
    public async Task ExecuteAsync_EnumVariableAsClrMember_IsAccepted()
    {
        var vars = new Dictionary<string, object?> { ["s"] = Status.InLiquidation };
        (await TestSchema.JsonAsync(Schema, "query($s: Status) { statuses(only: $s) }", vars)).Should().Be("""{"data":{"statuses":["IN_LIQUIDATION"]}}""");
    }

    [Fact]
    public async Task ExecuteAsync_EnumFromStringLiteral_IsRejected()
    {
        var result = await TestSchema.RunAsync(Schema, "{ statuses(only: \"ACTIVE\") }");
        result.Errors![0].Message.Should().Be("Enum \"Status\" cannot represent non-enum value: \"ACTIVE\". Did you mean the enum value \"ACTIVE\"?");
    }

    [Fact]
    public async Task ExecuteAsync_UnknownEnumVariable_IsRequestError()
    {
        var result = await TestSchema.RunAsync(Schema, "query($s: Status) { statuses(only: $s) }", new Dictionary<string, object?> { ["s"] = "ACTIV" });
        result.Errors![0].Message.Should().Be("Variable \"$s\" got invalid value \"ACTIV\"; Value \"ACTIV\" does not exist in \"Status\" enum. Did you mean the enum value \"ACTIVE\"?");
    }

    [Fact]
    public async Task ExecuteAsync_CustomScalar_ParsesLiteralAndSerializes()
    {
        (await TestSchema.JsonAsync(Schema, "{ today(after: \"2026-03-04\") }")).Should().Be("""{"data":{"today":"2026-03-05"}}""");
        (await TestSchema.JsonAsync(Schema, "{ today }")).Should().Be("""{"data":{"today":"2026-01-02"}}""");
    }

    [Fact]
    public async Task ExecuteAsync_CustomScalarInvalidVariable_ReportsParseMessage()
    {
        var result = await TestSchema.RunAsync(Schema, "query($d: DateTime) { today(after: $d) }", new Dictionary<string, object?> { ["d"] = "not a date" });
        result.IsRequestError.Should().BeTrue();
        result.Errors![0].Message.Should().StartWith("Variable \"$d\" got invalid value \"not a date\"; Expected type \"DateTime\".");
    }

    [Fact]
    public async Task ExecuteAsync_OneOfLiteral_WithOneKey_Works()
    {
        (await TestSchema.JsonAsync(Schema, "{ find(filter: { name: \"Acme\" }) }")).Should().Be("""{"data":{"find":"name=Acme"}}""");
    }

    [Theory]
    [InlineData("""{"id":"1","name":"x"}""", "Variable \"$f\" got invalid value { id: \"1\", name: \"x\" }; Exactly one key must be specified for OneOf type \"Filter\".")]
    [InlineData("""{"id":null}""", "Variable \"$f\" got invalid value null at \"f.id\"; Field \"id\" must be non-null.")]
    [InlineData("""{}""", "Variable \"$f\" got invalid value {}; Exactly one key must be specified for OneOf type \"Filter\".")]
    public async Task ExecuteAsync_OneOfVariable_EnforcesExactlyOneNonNullKey(string value, string message)
    {
        var vars = new Dictionary<string, object?> { ["f"] = JsonDocument.Parse(value).RootElement };
        var result = await TestSchema.RunAsync(Schema, "query($f: Filter!) { find(filter: $f) }", vars);
        result.Errors!.Select(e => e.Message).Should().Contain(message);
    }

    [Fact]
    public async Task ExecuteAsync_ResolveContext_ExposesPathAndField()
    {
        IReadOnlyList<object>? path = null;
        var schema = TestSchema.Build("type Query { items: [Item] } type Item { name: String }", b => b
            .Resolve("Query", "items", _ => new[] { new { }, new { } })
            .Resolve("Item", "name", ctx =>
            {
                path = ctx.Path;
                return ctx.Field.Name + "@" + ctx.ParentType.Name;
            }));
        var json = await TestSchema.JsonAsync(schema, "{ items { name } }");
        json.Should().Be("""{"data":{"items":[{"name":"name@Item"},{"name":"name@Item"}]}}""");
        path.Should().Equal("items", 1, "name");
    }

    [Fact]
    public async Task ExecuteAsync_ResultCoercionFailure_IsFieldError()
    {
        var schema = TestSchema.Build("type Query { n: Int s: String }", b => b.Resolve("Query", "n", _ => 1.5).Resolve("Query", "s", _ => 42));
        var result = await TestSchema.RunAsync(schema, "{ n s }");
        result.ToJson().Should().Be("""{"errors":[{"message":"Int cannot represent non-integer value: 1.5","locations":[{"line":1,"column":3}],"path":["n"]}],"data":{"n":null,"s":"42"}}""");
    }

    [Fact]
    public async Task ExecuteAsync_ListOfNonIterable_IsFieldError()
    {
        var schema = TestSchema.Build("type Query { l: [Int] }", b => b.Resolve("Query", "l", _ => 5));
        var result = await TestSchema.RunAsync(schema, "{ l }");
        result.Errors![0].Message.Should().Be("Expected Iterable, but did not find one for field \"Query.l\".");
    }

    [Fact]
    public async Task ExecuteAsync_NestedNonNullListPropagation_ReachesNearestNullable()
    {
        var schema = TestSchema.Build("type Query { grid: [[Int!]!] }", b => b.Resolve("Query", "grid", _ => new[] { new int?[] { 1, 2 }, new int?[] { 3, null } }));
        var result = await TestSchema.RunAsync(schema, "{ grid }");
        result.ToJson().Should().Be("""{"errors":[{"message":"Cannot return null for non-nullable field Query.grid.","locations":[{"line":1,"column":3}],"path":["grid",1,1]}],"data":{"grid":null}}""");
    }

    [Fact]
    public async Task ExecuteAsync_RootValue_IsParentOfRootFields()
    {
        var schema = TestSchema.Build("type Query { version: String }");
        (await TestSchema.JsonAsync(schema, "{ version }", root: new { Version = "1.2" })).Should().Be("""{"data":{"version":"1.2"}}""");
    }

    [Fact]
    public void Printer_ResultErrorPathTypes_AreStringsAndInts()
    {
        var error = new GraphQLError("x", [new SourceLocation(1, 2)], ["a", 0]);
        error.Path.Should().Equal("a", 0);
    }
}
