using ChainGraph.GraphQL.Validation;
using ChainGraph.GraphQL.Validation.Rules;

namespace ChainGraph.GraphQL.Tests.Validation;

public sealed class FragmentsOnCompositeTypesRuleTests
{
    private static readonly ValidationRuleFactory Rule = c => new FragmentsOnCompositeTypesRule(c);

    [Theory]
    [InlineData("fragment validFragment on Dog { barks }")]
    [InlineData("fragment validFragment on Pet { ... on Dog { barks } }")]
    [InlineData("fragment validFragment on Pet { ... { name } }")]
    [InlineData("fragment validFragment on CatOrDog { __typename }")]
    public void Validate_ValidDocument_ReportsNothing(string query) => ValidationHarness.ExpectValid(Rule, query);

    [Theory]
    [InlineData("fragment scalarFragment on Boolean { bad }", "Fragment \"scalarFragment\" cannot condition on non composite type \"Boolean\".")]
    [InlineData("fragment scalarFragment on FurColor { bad }", "Fragment \"scalarFragment\" cannot condition on non composite type \"FurColor\".")]
    [InlineData("fragment inputFragment on ComplexInput { stringField }", "Fragment \"inputFragment\" cannot condition on non composite type \"ComplexInput\".")]
    [InlineData("fragment invalidFragment on Pet { ... on String { barks } }", "Fragment cannot condition on non composite type \"String\".")]
    public void Validate_InvalidDocument_ReportsGraphQLJsMessages(string query, string messages) =>
        ValidationHarness.ExpectErrors(Rule, query, messages.Split('\n'));
}
