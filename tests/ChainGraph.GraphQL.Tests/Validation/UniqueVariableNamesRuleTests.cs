using ChainGraph.GraphQL.Validation;
using ChainGraph.GraphQL.Validation.Rules;

namespace ChainGraph.GraphQL.Tests.Validation;

public sealed class UniqueVariableNamesRuleTests
{
    private static readonly ValidationRuleFactory Rule = c => new UniqueVariableNamesRule(c);

    [Theory]
    [InlineData("query A($x: Int, $y: String) { __typename } query B($x: String, $y: Int) { __typename }")]
    [InlineData("query A($x: Int) { __typename }")]
    [InlineData("{ __typename }")]
    public void Validate_ValidDocument_ReportsNothing(string query) => ValidationHarness.ExpectValid(Rule, query);

    [Theory]
    [InlineData("query A($x: Int, $x: Int, $x: String) { __typename } query B($x: String, $x: Int) { __typename } query C($x: Int, $x: Int) { __typename }", "There can be only one variable named \"$x\".\nThere can be only one variable named \"$x\".\nThere can be only one variable named \"$x\".")]
    [InlineData("query A($a: Int, $b: Int, $a: Int) { __typename }", "There can be only one variable named \"$a\".")]
    [InlineData("query($x: Int, $x: Int) { __typename }", "There can be only one variable named \"$x\".")]
    public void Validate_InvalidDocument_ReportsGraphQLJsMessages(string query, string messages) =>
        ValidationHarness.ExpectErrors(Rule, query, messages.Split('\n'));
}
