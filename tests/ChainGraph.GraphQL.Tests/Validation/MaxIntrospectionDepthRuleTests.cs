using ChainGraph.GraphQL.Validation;
using ChainGraph.GraphQL.Validation.Rules;

namespace ChainGraph.GraphQL.Tests.Validation;

public sealed class MaxIntrospectionDepthRuleTests
{
    private static readonly ValidationRuleFactory Rule = c => new MaxIntrospectionDepthRule(c);

    [Theory]
    [InlineData("{ __schema { types { fields { type { name } } } } }")]
    [InlineData("{ __type(name: \"Dog\") { fields { type { fields { name } } } } }")]
    [InlineData("{ dog { name } }")]
    [InlineData("{ __schema { types { ...T } } } fragment T on __Type { fields { name } interfaces { name } }")]
    public void Validate_ValidDocument_ReportsNothing(string query) => ValidationHarness.ExpectValid(Rule, query);

    [Theory]
    [InlineData("{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }", "Maximum introspection depth exceeded")]
    [InlineData("{ __type(name: \"Query\") { fields { type { interfaces { fields { name } } } } } }", "Maximum introspection depth exceeded")]
    [InlineData("{ __schema { types { ...A } } } fragment A on __Type { fields { type { ...B } } } fragment B on __Type { possibleTypes { inputFields { name } } }", "Maximum introspection depth exceeded")]
    public void Validate_InvalidDocument_ReportsGraphQLJsMessages(string query, string messages) =>
        ValidationHarness.ExpectErrors(Rule, query, messages.Split('\n'));
}
