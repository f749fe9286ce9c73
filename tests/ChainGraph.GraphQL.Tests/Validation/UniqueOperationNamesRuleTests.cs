using ChainGraph.GraphQL.Validation;
using ChainGraph.GraphQL.Validation.Rules;

namespace ChainGraph.GraphQL.Tests.Validation;

public sealed class UniqueOperationNamesRuleTests
{
    private static readonly ValidationRuleFactory Rule = c => new UniqueOperationNamesRule(c);

    [Theory]
    [InlineData("fragment fragA on Type { field }")]
    [InlineData("{ field }")]
    [InlineData("query Foo { field } query Bar { field }")]
    [InlineData("query Foo { field } fragment Foo on Type { field }")]
    [InlineData("query Foo { field } mutation Bar { field } subscription Baz { field }")]
    public void Validate_ValidDocument_ReportsNothing(string query) => ValidationHarness.ExpectValid(Rule, query);

    [Theory]
    [InlineData("query Foo { fieldA } query Foo { fieldB }", "There can be only one operation named \"Foo\".")]
    [InlineData("query Foo { fieldA } mutation Foo { fieldB }", "There can be only one operation named \"Foo\".")]
    [InlineData("query Foo { fieldA } subscription Foo { fieldB }", "There can be only one operation named \"Foo\".")]
    [InlineData("query Foo { a } query Foo { b } query Foo { c }", "There can be only one operation named \"Foo\".\nThere can be only one operation named \"Foo\".")]
    public void Validate_InvalidDocument_ReportsGraphQLJsMessages(string query, string messages) =>
        ValidationHarness.ExpectErrors(Rule, query, messages.Split('\n'));
}
