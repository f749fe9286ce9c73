using ChainGraph.GraphQL.Validation;
using ChainGraph.GraphQL.Validation.Rules;

namespace ChainGraph.GraphQL.Tests.Validation;

public sealed class NoUndefinedVariablesRuleTests
{
    private static readonly ValidationRuleFactory Rule = c => new NoUndefinedVariablesRule(c);

    [Theory]
    [InlineData("query Foo($a: String, $b: String, $c: String) { field(a: $a, b: $b, c: $c) }")]
    [InlineData("query Foo($a: String) { ...FragA } fragment FragA on Type { field(a: $a) }")]
    [InlineData("query Foo($a: String, $b: String) { ...FragA } fragment FragA on Type { field(a: $a) ...FragB } fragment FragB on Type { field(b: $b) }")]
    public void Validate_ValidDocument_ReportsNothing(string query) => ValidationHarness.ExpectValid(Rule, query);

    [Theory]
    [InlineData("query Foo($a: String, $b: String, $c: String) { field(a: $a, b: $b, c: $c, d: $d) }", "Variable \"$d\" is not defined by operation \"Foo\".")]
    [InlineData("{ field(a: $a) }", "Variable \"$a\" is not defined.")]
    [InlineData("query Foo { ...FragA } fragment FragA on Type { field(a: $a) }", "Variable \"$a\" is not defined by operation \"Foo\".")]
    [InlineData("query Foo($b: String) { ...FragA } query Bar($a: String) { ...FragA } fragment FragA on Type { field(a: $a) }", "Variable \"$a\" is not defined by operation \"Foo\".")]
    public void Validate_InvalidDocument_ReportsGraphQLJsMessages(string query, string messages) =>
        ValidationHarness.ExpectErrors(Rule, query, messages.Split('\n'));
}
