using ChainGraph.GraphQL.Validation;
using ChainGraph.GraphQL.Validation.Rules;

namespace ChainGraph.GraphQL.Tests.Validation;

public sealed class ProvidedRequiredArgumentsRuleTests
{
    private static readonly ValidationRuleFactory Rule = c => new ProvidedRequiredArgumentsRule(c);

    [Theory]
    [InlineData("{ dog { isHouseTrained } }")]
    [InlineData("{ complicatedArgs { multipleReqs(req1: 1, req2: 2) } }")]
    [InlineData("{ complicatedArgs { nonNullFieldWithDefault multipleOptAndReq(req1: 1, req2: 2) } }")]
    [InlineData("{ dog @include(if: true) { name } }")]
    [InlineData("{ dog { unknownField } }")]
    public void Validate_ValidDocument_ReportsNothing(string query) => ValidationHarness.ExpectValid(Rule, query);

    [Theory]
    [InlineData("{ complicatedArgs { multipleReqs(req2: 2) } }", "Field \"multipleReqs\" argument \"req1\" of type \"Int!\" is required, but it was not provided.")]
    [InlineData("{ complicatedArgs { multipleReqs } }", "Field \"multipleReqs\" argument \"req1\" of type \"Int!\" is required, but it was not provided.\nField \"multipleReqs\" argument \"req2\" of type \"Int!\" is required, but it was not provided.")]
    [InlineData("{ dog @include { name @skip } }", "Directive \"@include\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.\nDirective \"@skip\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.")]
    public void Validate_InvalidDocument_ReportsGraphQLJsMessages(string query, string messages) =>
        ValidationHarness.ExpectErrors(Rule, query, messages.Split('\n'));
}
