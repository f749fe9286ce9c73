using ChainGraph.GraphQL.Validation;
using ChainGraph.GraphQL.Validation.Rules;

namespace ChainGraph.GraphQL.Tests.Validation;

public sealed class KnownDirectivesRuleTests
{
    private static readonly ValidationRuleFactory Rule = c => new KnownDirectivesRule(c);

    [Theory]
    [InlineData("query Foo { dog { name } }")]
    [InlineData("{ dog @include(if: true) { name } human @skip(if: false) { name } }")]
    [InlineData("query Foo($var: Boolean @onVariable) @onQuery { name @include(if: $var) ...Frag @onFragment ... @onFragment { skippedField @skip(if: true) } } mutation Bar @onMutation { someField }")]
    [InlineData("fragment Frag on Dog @onFragment { name }")]
    public void Validate_ValidDocument_ReportsNothing(string query) => ValidationHarness.ExpectValid(Rule, query);

    [Theory]
    [InlineData("{ dog @unknown(directive: \"value\") { name } }", "Unknown directive \"@unknown\".")]
    [InlineData("{ dog @unknown(directive: \"value\") { name } human @unknown { name @alsoUnknown } }", "Unknown directive \"@unknown\".\nUnknown directive \"@unknown\".\nUnknown directive \"@alsoUnknown\".")]
    [InlineData("query Foo($var: Boolean @onField) @include(if: true) { name @onQuery ...Frag @onQuery } mutation Bar @onQuery { someField }", "Directive \"@onField\" may not be used on VARIABLE_DEFINITION.\nDirective \"@include\" may not be used on QUERY.\nDirective \"@onQuery\" may not be used on FIELD.\nDirective \"@onQuery\" may not be used on FRAGMENT_SPREAD.\nDirective \"@onQuery\" may not be used on MUTATION.")]
    public void Validate_InvalidDocument_ReportsGraphQLJsMessages(string query, string messages) =>
        ValidationHarness.ExpectErrors(Rule, query, messages.Split('\n'));
}
