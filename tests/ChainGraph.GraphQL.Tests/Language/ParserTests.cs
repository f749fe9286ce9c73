using ChainGraph.GraphQL.Language;

namespace ChainGraph.GraphQL.Tests.Language;

public sealed class ParserTests
{
    private static GraphQLSyntaxError Fails(string source, ParserOptions? options = null)
    {
        var act = () => Parser.Parse(source, options);
        return act.Should().Throw<GraphQLSyntaxError>().Which;
    }

    [Theory]
    [InlineData("{", "Syntax Error: Expected Name, found <EOF>.", 1, 2)]
    [InlineData("", "Syntax Error: Unexpected <EOF>.", 1, 1)]
    [InlineData("{ ...MissingOn }\nfragment MissingOn Type", "Syntax Error: Expected \"on\", found Name \"Type\".", 2, 20)]
    [InlineData("{ field: {} }", "Syntax Error: Expected Name, found \"{\".", 1, 10)]
    [InlineData("notAnOperation Foo { field }", "Syntax Error: Unexpected Name \"notAnOperation\".", 1, 1)]
    [InlineData("...", "Syntax Error: Unexpected \"...\".", 1, 1)]
    [InlineData("{ \"\"", "Syntax Error: Expected Name, found String \"\".", 1, 3)]
    [InlineData("query Foo($x: Complex = { a: { b: [ $var ] } }) { field }", "Syntax Error: Unexpected variable \"$var\" in constant value.", 1, 37)]
    [InlineData("fragment on on on { on }", "Syntax Error: Unexpected Name \"on\".", 1, 10)]
    [InlineData("{ ...on }", "Syntax Error: Expected Name, found \"}\".", 1, 9)]
    [InlineData("enum E { true }", "Syntax Error: Name \"true\" is reserved and cannot be used for an enum value.", 1, 10)]
    [InlineData("\"desc\" { a }", "Syntax Error: Unexpected description, descriptions are not supported on shorthand queries.", 1, 1)]
    [InlineData("\"desc\" extend type A @d", "Syntax Error: Unexpected description, only GraphQL definitions support descriptions.", 1, 1)]
    [InlineData("extend type Foo", "Syntax Error: Unexpected <EOF>.", 1, 16)]
    [InlineData("directive @d on NOT_A_LOCATION", "Syntax Error: Unexpected Name \"NOT_A_LOCATION\".", 1, 17)]
    [InlineData("type Foo { f: [String }", "Syntax Error: Expected \"]\", found \"}\".", 1, 23)]
    public void Parse_InvalidDocuments_ReportsGraphQLJsMessageAndPosition(string source, string message, int line, int column)
    {
        var error = Fails(source);
        error.Message.Should().Be(message);
        (error.Line, error.Column).Should().Be((line, column));
    }

    [Fact]
    public void Parse_Query_BuildsAstWithLocations()
    {
        var doc = Parser.Parse("query Q($id: ID! = 4 @dir) @op {\n  alias: node(id: $id, list: [1, 2.5, \"s\", true, null, RED, {a: 1}]) {\n    ... on User @include(if: true) { name }\n    ...Frag\n  }\n}");
        var op = (OperationDefinitionNode)doc.Definitions[0];
        op.Operation.Should().Be(OperationType.Query);
        op.Name!.Value.Should().Be("Q");
        op.VariableDefinitions[0].DefaultValue.Should().BeOfType<IntValueNode>().Which.Value.Should().Be("4");
        op.VariableDefinitions[0].Directives.Should().ContainSingle();
        var field = (FieldNode)op.SelectionSet.Selections[0];
        field.ResponseName.Should().Be("alias");
        field.Location.Line.Should().Be(2);
        field.Location.Column.Should().Be(3);
        var list = (ListValueNode)field.Arguments[1].Value;
        list.Values.Select(v => v.Kind).Should().Equal(
            SyntaxKind.IntValue, SyntaxKind.FloatValue, SyntaxKind.StringValue, SyntaxKind.BooleanValue,
            SyntaxKind.NullValue, SyntaxKind.EnumValue, SyntaxKind.ObjectValue);
        field.SelectionSet!.Selections[0].Should().BeOfType<InlineFragmentNode>();
        field.SelectionSet.Selections[1].Should().BeOfType<FragmentSpreadNode>();
    }

    [Fact]
    public void Parse_ExecutableDescriptions_Sept2025_AreKept()
    {
        var source = "\"Loads a chain.\"\nquery Q(\"The id.\" $id: ID!) { a }\n\n\"\"\"Reusable.\"\"\"\nfragment F on Query { a }";
        var doc = Parser.Parse(source);
        var op = (OperationDefinitionNode)doc.Definitions[0];
        op.Description!.Value.Should().Be("Loads a chain.");
        op.VariableDefinitions[0].Description!.Value.Should().Be("The id.");
        ((FragmentDefinitionNode)doc.Definitions[1]).Description!.Block.Should().BeTrue();
        Printer.Print(doc).Should().Be("\"Loads a chain.\"\nquery Q(\n\"The id.\"\n$id: ID!\n) {\n  a\n}\n\n\"\"\"Reusable.\"\"\"\nfragment F on Query {\n  a\n}");
    }

    [Fact]
    public void Parse_KeywordsAsNames_AreAllowed()
    {
        var doc = Parser.Parse("query query { query: mutation(on: fragment) { subscription } ... on on { type } }");
        doc.Definitions.Should().ContainSingle();
    }

    [Fact]
    public void Parse_AnonymousShorthand_IsQuery()
    {
        var op = (OperationDefinitionNode)Parser.Parse("{ a }").Definitions[0];
        op.Operation.Should().Be(OperationType.Query);
        op.Name.Should().BeNull();
    }

    [Fact]
    public void ParseType_NestedTypes_Parses()
    {
        var type = Parser.ParseType("[[String!]]!");
        type.Should().BeOfType<NonNullTypeNode>();
        Printer.Print(type).Should().Be("[[String!]]!");
    }

    [Fact]
    public void ParseValue_Object_Parses()
    {
        Printer.Print(Parser.ParseValue("{a: [1 2 3], b: \"x\"}")).Should().Be("{a: [1, 2, 3], b: \"x\"}");
    }

    [Fact]
    public void Parse_HundredThousandDeepSelections_RejectedWithoutStackOverflow()
    {
        var source = string.Concat(Enumerable.Repeat("{a", 100_000)) + new string('}', 100_000);
        var error = Fails(source, ParserOptions.Default with { MaxTokens = int.MaxValue });
        error.Message.Should().Be("Syntax Error: Document exceeds the maximum nesting depth of 64.");
    }

    [Fact]
    public void Parse_HundredThousandDeepLists_RejectedWithoutStackOverflow()
    {
        var source = "{ f(a: " + new string('[', 100_000) + new string(']', 100_000) + ") }";
        Fails(source, ParserOptions.Default with { MaxTokens = int.MaxValue }).Message.Should().Contain("maximum nesting depth");
    }

    [Fact]
    public void Parse_DeepListType_RejectedWithoutStackOverflow()
    {
        var source = "query($a: " + new string('[', 100_000) + "Int" + new string(']', 100_000) + ") { a }";
        Fails(source, ParserOptions.Default with { MaxTokens = int.MaxValue }).Message.Should().Contain("maximum nesting depth");
    }

    [Fact]
    public void Parse_HighDepthLimit_StillFailsCleanly()
    {
        var source = string.Concat(Enumerable.Repeat("{a", 100_000)) + new string('}', 100_000);
        var act = () => Parser.Parse(source, new ParserOptions { MaxTokens = int.MaxValue, MaxDepth = int.MaxValue, MaxDocumentLength = int.MaxValue });
        act.Should().Throw<GraphQLSyntaxError>();
    }

    [Fact]
    public void Parse_TooManyTokens_Rejected()
    {
        var source = "{ " + string.Concat(Enumerable.Repeat("a ", 20)) + "}";
        Fails(source, new ParserOptions { MaxTokens = 10 }).Message.Should().Be("Syntax Error: Document contains more than 10 tokens. Parsing aborted.");
    }

    [Fact]
    public void Parse_TooLong_Rejected()
    {
        Fails("{ a }", new ParserOptions { MaxDocumentLength = 3 }).Message.Should().Contain("exceeds the maximum of 3 characters");
    }

    [Fact]
    public void Parse_GiantStringArgument_Parses()
    {
        var big = new string('y', 500_000);
        var doc = Parser.Parse("{ f(s: \"" + big + "\") }");
        var field = (FieldNode)((OperationDefinitionNode)doc.Definitions[0]).SelectionSet.Selections[0];
        ((StringValueNode)field.Arguments[0].Value).Value.Should().HaveLength(500_000);
    }

    [Fact]
    public void Parse_CommentsAndCommas_AreInsignificant()
    {
        var doc = Parser.Parse("# leading\n{ a,,, b # trailing\n ,c }");
        ((OperationDefinitionNode)doc.Definitions[0]).SelectionSet.Selections.Should().HaveCount(3);
    }

    [Fact]
    public void Parse_Sdl_AllDefinitionKinds()
    {
        var doc = Parser.Parse(PrinterTests.KitchenSinkSdl);
        doc.Definitions.Select(d => d.Kind).Should().Contain([
            SyntaxKind.SchemaDefinition, SyntaxKind.ScalarTypeDefinition, SyntaxKind.ObjectTypeDefinition,
            SyntaxKind.InterfaceTypeDefinition, SyntaxKind.UnionTypeDefinition, SyntaxKind.EnumTypeDefinition,
            SyntaxKind.InputObjectTypeDefinition, SyntaxKind.DirectiveDefinition, SyntaxKind.SchemaExtension,
            SyntaxKind.ScalarTypeExtension, SyntaxKind.ObjectTypeExtension, SyntaxKind.InterfaceTypeExtension,
            SyntaxKind.UnionTypeExtension, SyntaxKind.EnumTypeExtension, SyntaxKind.InputObjectTypeExtension]);
    }
}
