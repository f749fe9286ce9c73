using ChainGraph.GraphQL.Validation;
using ChainGraph.GraphQL.Validation.Rules;

namespace ChainGraph.GraphQL.Tests.Validation;

public sealed class VariablesAreInputTypesRuleTests
{
    private static readonly ValidationRuleFactory Rule = c => new VariablesAreInputTypesRule(c);

    [Theory]
    [InlineData("query Foo($a: Unknown, $b: [[Unknown!]]!) { field(a: $a, b: $b) }")]
    [InlineData("query Foo($a: String, $b: [Boolean!]!, $c: ComplexInput) { field(a: $a, b: $b, c: $c) }")]
    [InlineData("query Foo($a: FurColor!, $b: OneOfInput) { field(a: $a, b: $b) }")]
    public void Validate_ValidDocument_ReportsNothing(string query) => ValidationHarness.ExpectValid(Rule, query);

    [Theory]
    [InlineData("query Foo($a: Dog, $b: [[CatOrDog!]]!, $c: Pet) { field(a: $a, b: $b, c: $c) }", "Variable \"$a\" cannot be non-input type \"Dog\".\nVariable \"$b\" cannot be non-input type \"[[CatOrDog!]]!\".\nVariable \"$c\" cannot be non-input type \"Pet\".")]
    [InlineData("query Foo($a: Human!) { field(a: $a) }", "Variable \"$a\" cannot be non-input type \"Human!\".")]
    [InlineData("query Foo($a: [Mammal]) { field(a: $a) }", "Variable \"$a\" cannot be non-input type \"[Mammal]\".")]
    public void Validate_InvalidDocument_ReportsGraphQLJsMessages(string query, string messages) =>
        ValidationHarness.ExpectErrors(Rule, query, messages.Split('\n'));
}
