using ChainGraph.GraphQL.Validation;
using ChainGraph.GraphQL.Validation.Rules;

namespace ChainGraph.GraphQL.Tests.Validation;

public sealed class UniqueDirectivesPerLocationRuleTests
{
    private static readonly ValidationRuleFactory Rule = c => new UniqueDirectivesPerLocationRule(c);

    [Theory]
    [InlineData("fragment Test on Type { field }")]
    [InlineData("fragment Test on Type { field @onField }")]
    [InlineData("fragment Test on Type { field @onField @include(if: true) }")]
    [InlineData("fragment Test on Type { field @repeatable @repeatable }")]
    [InlineData("fragment Test on Type { field @onField field @onField }")]
    public void Validate_ValidDocument_ReportsNothing(string query) => ValidationHarness.ExpectValid(Rule, query);

    [Theory]
    [InlineData("fragment Test on Type { field @onField @onField }", "The directive \"@onField\" can only be used once at this location.")]
    [InlineData("fragment Test on Type { field @onField @onField @onField }", "The directive \"@onField\" can only be used once at this location.\nThe directive \"@onField\" can only be used once at this location.")]
    [InlineData("fragment Test on Type { field @include(if: true) @skip(if: false) @include(if: false) @skip(if: true) }", "The directive \"@include\" can only be used once at this location.\nThe directive \"@skip\" can only be used once at this location.")]
    public void Validate_InvalidDocument_ReportsGraphQLJsMessages(string query, string messages) =>
        ValidationHarness.ExpectErrors(Rule, query, messages.Split('\n'));
}
