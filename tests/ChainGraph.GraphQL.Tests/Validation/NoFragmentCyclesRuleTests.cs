using ChainGraph.GraphQL.Validation;
using ChainGraph.GraphQL.Validation.Rules;

namespace ChainGraph.GraphQL.Tests.Validation;

public sealed class NoFragmentCyclesRuleTests
{
    private static readonly ValidationRuleFactory Rule = c => new NoFragmentCyclesRule(c);

    [Theory]
    [InlineData("fragment fragA on Dog { ...fragB } fragment fragB on Dog { name }")]
    [InlineData("fragment fragA on Dog { ...fragB ...fragB } fragment fragB on Dog { name }")]
    [InlineData("fragment fragA on Dog { ...fragB ...fragC } fragment fragB on Dog { ...fragC } fragment fragC on Dog { name }")]
    [InlineData("fragment nameFragment on Pet { ... on Dog { name } ... on Cat { name } } fragment spreadsInAnon on Pet { ... on Dog { ...nameFragment } }")]
    public void Validate_ValidDocument_ReportsNothing(string query) => ValidationHarness.ExpectValid(Rule, query);

    [Theory]
    [InlineData("fragment fragA on Human { ...fragA }", "Cannot spread fragment \"fragA\" within itself.")]
    [InlineData("fragment fragA on Dog { ...fragB } fragment fragB on Dog { ...fragA }", "Cannot spread fragment \"fragA\" within itself via \"fragB\".")]
    [InlineData("fragment fragA on Dog { ...fragB } fragment fragB on Dog { ...fragC } fragment fragC on Dog { ...fragA }", "Cannot spread fragment \"fragA\" within itself via \"fragB\", \"fragC\".")]
    [InlineData("fragment fragA on Pet { ... on Dog { ... on Dog { ...fragA } } }", "Cannot spread fragment \"fragA\" within itself.")]
    public void Validate_InvalidDocument_ReportsGraphQLJsMessages(string query, string messages) =>
        ValidationHarness.ExpectErrors(Rule, query, messages.Split('\n'));
}
