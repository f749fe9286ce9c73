using ChainGraph.GraphQL.Validation;
using ChainGraph.GraphQL.Validation.Rules;

namespace ChainGraph.GraphQL.Tests.Validation;

public sealed class UniqueArgumentNamesRuleTests
{
    private static readonly ValidationRuleFactory Rule = c => new UniqueArgumentNamesRule(c);

    [Theory]
    [InlineData("{ field }")]
    [InlineData("{ field(arg: \"value\") }")]
    [InlineData("{ field(arg1: \"value\", arg2: \"value\") }")]
    [InlineData("{ field1(arg: \"value\") field2(arg: \"value\") }")]
    [InlineData("{ field @directive(arg: \"value\") }")]
    public void Validate_ValidDocument_ReportsNothing(string query) => ValidationHarness.ExpectValid(Rule, query);

    [Theory]
    [InlineData("{ field(arg1: \"value\", arg1: \"value\") }", "There can be only one argument named \"arg1\".")]
    [InlineData("{ field(arg1: \"value\", arg1: \"value\", arg1: \"value\") }", "There can be only one argument named \"arg1\".")]
    [InlineData("{ field @directive(arg1: \"value\", arg1: \"value\") }", "There can be only one argument named \"arg1\".")]
    public void Validate_InvalidDocument_ReportsGraphQLJsMessages(string query, string messages) =>
        ValidationHarness.ExpectErrors(Rule, query, messages.Split('\n'));
}
