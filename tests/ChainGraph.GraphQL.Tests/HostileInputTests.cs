using System.Diagnostics;
using System.Text.Json;

namespace ChainGraph.GraphQL.Tests;

public sealed class HostileInputTests
{
    private static readonly ChainGraph.GraphQL.Types.GraphQLSchema Schema = TestSchema.Build(
        "type Query { a: A s(text: String): String } type A { a: A b: Int }",
        b => b.Resolve("Query", "a", _ => new object()).Resolve("A", "a", _ => new object()).Resolve("Query", "s", ctx => ctx.Argument<string>("text")?.Length.ToString()));

    private static async Task<ExecutionResult> RunTimedAsync(string query, ExecutionOptions? options = null)
    {
        var watch = Stopwatch.StartNew();
        var result = await new GraphQLExecutor(Schema, options).ExecuteAsync(new GraphQLRequest(query));
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5));
        return result;
    }

    [Fact]
    public async Task DeepNesting_IsSyntaxErrorNotCrash()
    {
        var result = await RunTimedAsync(string.Concat(Enumerable.Repeat("{a", 100_000)) + new string('}', 100_000));
        result.RequestErrorKind.Should().Be(RequestErrorKind.Syntax);
        result.Errors![0].Message.Should().Contain("Document");
    }

    [Fact]
    public async Task AliasFanOut_TenThousand_HitsTokenLimitWithClearError()
    {
        var result = await RunTimedAsync("{ " + string.Concat(Enumerable.Range(0, 10_000).Select(i => $"x{i}: b ")) + "}");
        result.RequestErrorKind.Should().Be(RequestErrorKind.Syntax);
        result.Errors![0].Message.Should().Be("Syntax Error: Document contains more than 15000 tokens. Parsing aborted.");
    }

    [Fact]
    public async Task AliasFanOut_TenThousand_WithRaisedLimits_ExecutesQuickly()
    {
        var options = new ExecutionOptions { Parser = new ChainGraph.GraphQL.Language.ParserOptions { MaxTokens = 100_000 } };
        var result = await RunTimedAsync("{ a { " + string.Concat(Enumerable.Range(0, 10_000).Select(i => $"x{i}: b ")) + "} }", options);
        result.Errors.Should().BeNull();
        ((IReadOnlyDictionary<string, object?>)result.Data!["a"]!).Count.Should().Be(10_000);
    }

    [Fact]
    public async Task RepeatedIdenticalFields_ValidateAndMergeQuickly()
    {
        var result = await RunTimedAsync("{ a { " + string.Concat(Enumerable.Repeat("b ", 14_000)) + "} }");
        result.Errors.Should().BeNull();
        result.ToJson().Should().Be("""{"data":{"a":{"b":null}}}""");
    }

    [Fact]
    public async Task FragmentCycle_IsValidationError()
    {
        var result = await RunTimedAsync("{ a { ...X } } fragment X on A { a { ...Y } } fragment Y on A { a { ...X } }");
        result.RequestErrorKind.Should().Be(RequestErrorKind.Validation);
        result.Errors!.Select(e => e.Message).Should().Contain("Cannot spread fragment \"X\" within itself via \"Y\".");
    }

    [Fact]
    public async Task DeepButParsableQuery_IsDepthLimited()
    {
        var nested = string.Concat(Enumerable.Repeat("a { ", 40)) + "b" + new string('}', 40);
        var result = await RunTimedAsync("{ " + nested + " }");
        result.Errors![0].Code.Should().Be("DEPTH_LIMIT");
    }

    [Fact]
    public async Task GiantStringArgument_IsHandled()
    {
        var text = new string('z', 900_000);
        var result = await RunTimedAsync("{ s(text: \"" + text + "\") }");
        result.ToJson().Should().Be("""{"data":{"s":"900000"}}""");
    }

    [Fact]
    public async Task OversizedDocument_IsRejected()
    {
        var result = await RunTimedAsync("{ s(text: \"" + new string('z', 1_100_000) + "\") }");
        result.Errors![0].Message.Should().Contain("exceeds the maximum of 1000000 characters");
    }

    [Fact]
    public async Task ManyVariableErrors_AreCapped()
    {
        var defs = string.Join(", ", Enumerable.Range(0, 80).Select(i => $"$v{i}: Int!"));
        var uses = string.Join(" ", Enumerable.Range(0, 80).Select(i => $"f{i}: s(text: \"x\") @include(if: true) @skip(if: false) x{i}: a {{ b @skip(if: $v{i}) }}"));
        var result = await RunTimedAsync($"query({defs}) {{ {uses} }}");
        result.IsRequestError.Should().BeTrue();
    }

    [Fact]
    public void RequestFromJson_WrongParameterTypes_AreRejected()
    {
        var act = () => GraphQLRequest.FromJson(JsonDocument.Parse("""{"query": 1}""").RootElement);
        act.Should().Throw<FormatException>().WithMessage("The \"query\" parameter must be a string.");
        var ok = GraphQLRequest.FromJson(JsonDocument.Parse("""{"query":"{ a { b } }","variables":null,"operationName":null,"unknown":true}""").RootElement);
        ok.Query.Should().Be("{ a { b } }");
        ok.Variables.Should().BeNull();
    }
}
