using ChainGraph.GraphQL.Validation;
using ChainGraph.GraphQL.Validation.Rules;

namespace ChainGraph.GraphQL.Tests.Validation;

public sealed class LoneAnonymousOperationRuleTests
{
    private static readonly ValidationRuleFactory Rule = c => new LoneAnonymousOperationRule(c);

    [Theory]
    [InlineData("fragment fragA on Type { field }")]
    [InlineData("{ field }")]
    [InlineData("query Foo { field } query Bar { field }")]
    [InlineData("query Foo { field } fragment Bar on Type { field }")]
    public void Validate_ValidDocument_ReportsNothing(string query) => ValidationHarness.ExpectValid(Rule, query);

    [Theory]
    [InlineData("{ fieldA } { fieldB }", "This anonymous operation must be the only defined operation.\nThis anonymous operation must be the only defined operation.")]
    [InlineData("{ fieldA } mutation Foo { fieldB }", "This anonymous operation must be the only defined operation.")]
    [InlineData("{ fieldA } subscription Foo { fieldB }", "This anonymous operation must be the only defined operation.")]
    public void Validate_InvalidDocument_ReportsGraphQLJsMessages(string query, string messages) =>
        ValidationHarness.ExpectErrors(Rule, query, messages.Split('\n'));
}
