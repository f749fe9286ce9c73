using ChainGraph.GraphQL.Validation;
using ChainGraph.GraphQL.Validation.Rules;

namespace ChainGraph.GraphQL.Tests.Validation;

public sealed class VariablesInAllowedPositionRuleTests
{
    private static readonly ValidationRuleFactory Rule = c => new VariablesInAllowedPositionRule(c);

    [Theory]
    [InlineData("query Query($booleanArg: Boolean) { complicatedArgs { booleanArgField(booleanArg: $booleanArg) } }")]
    [InlineData("query Query($nonNullBooleanArg: Boolean!) { complicatedArgs { booleanArgField(booleanArg: $nonNullBooleanArg) } }")]
    [InlineData("query Query($intArg: Int = 1) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $intArg) } }")]
    [InlineData("query Query($stringListVar: [String!]) { complicatedArgs { stringListArgField(stringListArg: $stringListVar) } }")]
    [InlineData("query Query($intVar: Int) { complicatedArgs { nonNullFieldWithDefault(arg: $intVar) } }")]
    [InlineData("query Query($boolVar: Boolean!) { dog @include(if: $boolVar) { name } }")]
    public void Validate_ValidDocument_ReportsNothing(string query) => ValidationHarness.ExpectValid(Rule, query);

    [Theory]
    [InlineData("query Query($intArg: Int) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $intArg) } }", "Variable \"$intArg\" of type \"Int\" used in position expecting type \"Int!\".")]
    [InlineData("query Query($stringVar: String) { complicatedArgs { stringListArgField(stringListArg: $stringVar) } }", "Variable \"$stringVar\" of type \"String\" used in position expecting type \"[String]\".")]
    [InlineData("query Query($boolVar: Boolean) { dog @include(if: $boolVar) { name } }", "Variable \"$boolVar\" of type \"Boolean\" used in position expecting type \"Boolean!\".")]
    [InlineData("query Query($intArg: Int) { ...F } fragment F on QueryRoot { complicatedArgs { nonNullIntArgField(nonNullIntArg: $intArg) } }", "Variable \"$intArg\" of type \"Int\" used in position expecting type \"Int!\".")]
    [InlineData("query Query($s: String) { complicatedArgs { oneOfArgField(oneOfArg: { stringField: $s }) } }", "Variable \"$s\" is of type \"String\" but must be non-nullable to be used for OneOf Input Object \"OneOfInput\".")]
    public void Validate_InvalidDocument_ReportsGraphQLJsMessages(string query, string messages) =>
        ValidationHarness.ExpectErrors(Rule, query, messages.Split('\n'));
}
