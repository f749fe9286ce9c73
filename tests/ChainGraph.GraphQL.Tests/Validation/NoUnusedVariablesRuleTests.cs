using ChainGraph.GraphQL.Validation;
using ChainGraph.GraphQL.Validation.Rules;

namespace ChainGraph.GraphQL.Tests.Validation;

public sealed class NoUnusedVariablesRuleTests
{
    private static readonly ValidationRuleFactory Rule = c => new NoUnusedVariablesRule(c);

    [Theory]
    [InlineData("query ($a: String, $b: String, $c: String) { field(a: $a, b: $b, c: $c) }")]
    [InlineData("query Foo($a: String) { ...FragA } fragment FragA on Type { field(a: $a) }")]
    [InlineData("query Foo($a: String) { field @include(if: $a) }")]
    public void Validate_ValidDocument_ReportsNothing(string query) => ValidationHarness.ExpectValid(Rule, query);

    [Theory]
    [InlineData("query ($a: String, $b: String, $c: String) { field(a: $a, b: $b) }", "Variable \"$c\" is never used.")]
    [InlineData("query Foo($a: String, $b: String, $c: String) { field(b: $b) }", "Variable \"$a\" is never used in operation \"Foo\".\nVariable \"$c\" is never used in operation \"Foo\".")]
    [InlineData("query Foo($b: String) { ...FragA } query Bar($a: String) { ...FragB } fragment FragA on Type { field(a: $a) } fragment FragB on Type { field(b: $b) }", "Variable \"$b\" is never used in operation \"Foo\".\nVariable \"$a\" is never used in operation \"Bar\".")]
    public void Validate_InvalidDocument_ReportsGraphQLJsMessages(string query, string messages) =>
        ValidationHarness.ExpectErrors(Rule, query, messages.Split('\n'));
}
