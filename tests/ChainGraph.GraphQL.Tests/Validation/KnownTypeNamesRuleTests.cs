using ChainGraph.GraphQL.Validation;
using ChainGraph.GraphQL.Validation.Rules;

namespace ChainGraph.GraphQL.Tests.Validation;

public sealed class KnownTypeNamesRuleTests
{
    private static readonly ValidationRuleFactory Rule = c => new KnownTypeNamesRule(c);

    [Theory]
    [InlineData("query Foo($var: String, $required: [Int!]!) { dog { name } }")]
    [InlineData("query Foo { dog { ... on Dog { name } ...PetFields } } fragment PetFields on Pet { name }")]
    [InlineData("query Foo($a: ComplexInput, $b: FurColor) { dog { name } }")]
    public void Validate_ValidDocument_ReportsNothing(string query) => ValidationHarness.ExpectValid(Rule, query);

    [Theory]
    [InlineData("query Foo($var: [JumbledUpLetters!]!) { dog { name } }", "Unknown type \"JumbledUpLetters\".")]
    [InlineData("{ dog { ... on Badger { name } } }", "Unknown type \"Badger\".")]
    [InlineData("{ dog { ...PetFields } } fragment PetFields on Peat { name }", "Unknown type \"Peat\". Did you mean \"Pet\" or \"Cat\"?")]
    [InlineData("query Foo($var: Strin) { dog { name } }", "Unknown type \"Strin\". Did you mean \"String\"?")]
    public void Validate_InvalidDocument_ReportsGraphQLJsMessages(string query, string messages) =>
        ValidationHarness.ExpectErrors(Rule, query, messages.Split('\n'));
}
