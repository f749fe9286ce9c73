using ChainGraph.GraphQL.Validation;
using ChainGraph.GraphQL.Validation.Rules;

namespace ChainGraph.GraphQL.Tests.Validation;

public sealed class OverlappingFieldsCanBeMergedRuleTests
{
    private static readonly ValidationRuleFactory Rule = c => new OverlappingFieldsCanBeMergedRule(c);

    [Theory]
    [InlineData("fragment uniqueFields on Dog { name nickname }")]
    [InlineData("fragment mergeIdenticalFields on Dog { name name }")]
    [InlineData("fragment mergeIdenticalFieldsWithIdenticalArgs on Dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: SIT) }")]
    [InlineData("fragment differentArgsWithDifferentAliases on Dog { knowsSit: doesKnowCommand(dogCommand: SIT) knowsDown: doesKnowCommand(dogCommand: DOWN) }")]
    [InlineData("{ dog { ...A } catOrDog { ... on Cat { name: nickname } ... on Dog { name } } } fragment A on Dog { name }")]
    [InlineData("{ complicatedArgs { complexArgField(complexArg: {requiredField: true, intField: 1}) complexArgField(complexArg: {intField: 1, requiredField: true}) } }")]
    public void Validate_ValidDocument_ReportsNothing(string query) => ValidationHarness.ExpectValid(Rule, query);

    [Theory]
    [InlineData("fragment sameAliasesWithDifferentFieldTargets on Dog { fido: name fido: nickname }", "Fields \"fido\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.")]
    [InlineData("fragment conflictingArgs on Dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: HEEL) }", "Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.")]
    [InlineData("{ dog { ...A ...B } } fragment A on Dog { x: name } fragment B on Dog { x: barks }", "Fields \"x\" conflict because \"name\" and \"barks\" are different fields. Use different aliases on the fields to fetch both if this was intentional.")]
    [InlineData("{ dog { mother { name } mother { name: nickname } } }", "Fields \"mother\" conflict because subfields \"name\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.")]
    [InlineData("{ catOrDog { ... on Cat { x: meowsVolume } ... on Dog { x: name } } }", "Fields \"x\" conflict because they return conflicting types \"Int\" and \"String\". Use different aliases on the fields to fetch both if this was intentional.")]
    public void Validate_InvalidDocument_ReportsGraphQLJsMessages(string query, string messages) =>
        ValidationHarness.ExpectErrors(Rule, query, messages.Split('\n'));
}
