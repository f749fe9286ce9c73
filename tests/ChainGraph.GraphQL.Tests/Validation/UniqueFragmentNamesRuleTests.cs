using ChainGraph.GraphQL.Validation;
using ChainGraph.GraphQL.Validation.Rules;

namespace ChainGraph.GraphQL.Tests.Validation;

public sealed class UniqueFragmentNamesRuleTests
{
    private static readonly ValidationRuleFactory Rule = c => new UniqueFragmentNamesRule(c);

    [Theory]
    [InlineData("{ field }")]
    [InlineData("{ ...fragA } fragment fragA on Type { field }")]
    [InlineData("{ ...fragA ...fragB } fragment fragA on Type { fieldA } fragment fragB on Type { fieldB }")]
    [InlineData("query Foo { ...Foo } fragment Foo on Type { field }")]
    public void Validate_ValidDocument_ReportsNothing(string query) => ValidationHarness.ExpectValid(Rule, query);

    [Theory]
    [InlineData("{ ...fragA } fragment fragA on Type { fieldA } fragment fragA on Type { fieldB }", "There can be only one fragment named \"fragA\".")]
    [InlineData("fragment fragA on Type { fieldA } fragment fragA on Type { fieldB }", "There can be only one fragment named \"fragA\".")]
    [InlineData("fragment a on T { f } fragment a on T { f } fragment a on T { f }", "There can be only one fragment named \"a\".\nThere can be only one fragment named \"a\".")]
    public void Validate_InvalidDocument_ReportsGraphQLJsMessages(string query, string messages) =>
        ValidationHarness.ExpectErrors(Rule, query, messages.Split('\n'));
}
