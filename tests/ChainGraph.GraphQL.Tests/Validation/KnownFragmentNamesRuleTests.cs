using ChainGraph.GraphQL.Validation;
using ChainGraph.GraphQL.Validation.Rules;

namespace ChainGraph.GraphQL.Tests.Validation;

public sealed class KnownFragmentNamesRuleTests
{
    private static readonly ValidationRuleFactory Rule = c => new KnownFragmentNamesRule(c);

    [Theory]
    [InlineData("{ human(id: 4) { ...HumanFields1 } } fragment HumanFields1 on Human { name }")]
    [InlineData("{ dog { ... on Dog { name } } }")]
    [InlineData("{ human { ...A } } fragment A on Human { ...B } fragment B on Human { name }")]
    public void Validate_ValidDocument_ReportsNothing(string query) => ValidationHarness.ExpectValid(Rule, query);

    [Theory]
    [InlineData("{ human(id: 4) { ...UnknownFragment1 } }", "Unknown fragment \"UnknownFragment1\".")]
    [InlineData("{ human { ...A ...B } } fragment A on Human { ...C }", "Unknown fragment \"B\".\nUnknown fragment \"C\".")]
    [InlineData("{ dog { ... on Dog { ...Nope } } }", "Unknown fragment \"Nope\".")]
    public void Validate_InvalidDocument_ReportsGraphQLJsMessages(string query, string messages) =>
        ValidationHarness.ExpectErrors(Rule, query, messages.Split('\n'));
}
