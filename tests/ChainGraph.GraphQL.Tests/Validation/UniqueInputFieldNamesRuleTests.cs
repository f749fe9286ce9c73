using ChainGraph.GraphQL.Validation;
using ChainGraph.GraphQL.Validation.Rules;

namespace ChainGraph.GraphQL.Tests.Validation;

public sealed class UniqueInputFieldNamesRuleTests
{
    private static readonly ValidationRuleFactory Rule = c => new UniqueInputFieldNamesRule(c);

    [Theory]
    [InlineData("{ field(arg: { f: true }) }")]
    [InlineData("{ field(arg: { f1: \"value\", f2: \"value\", f3: \"value\" }) }")]
    [InlineData("{ field(arg1: { f: true }, arg2: { f: true }) }")]
    [InlineData("{ field(arg: { deep: { deep: { id: 1 } id: 1 } id: 1 }) }")]
    public void Validate_ValidDocument_ReportsNothing(string query) => ValidationHarness.ExpectValid(Rule, query);

    [Theory]
    [InlineData("{ field(arg: { f1: \"value\", f1: \"value\" }) }", "There can be only one input field named \"f1\".")]
    [InlineData("{ field(arg: { f1: \"value\", f1: \"value\", f1: \"value\" }) }", "There can be only one input field named \"f1\".\nThere can be only one input field named \"f1\".")]
    [InlineData("{ field(arg: { f1: {f2: \"value\", f2: \"value\" }}) }", "There can be only one input field named \"f2\".")]
    public void Validate_InvalidDocument_ReportsGraphQLJsMessages(string query, string messages) =>
        ValidationHarness.ExpectErrors(Rule, query, messages.Split('\n'));
}
