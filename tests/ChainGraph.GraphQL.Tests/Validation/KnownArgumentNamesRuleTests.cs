using ChainGraph.GraphQL.Validation;
using ChainGraph.GraphQL.Validation.Rules;

namespace ChainGraph.GraphQL.Tests.Validation;

public sealed class KnownArgumentNamesRuleTests
{
    private static readonly ValidationRuleFactory Rule = c => new KnownArgumentNamesRule(c);

    [Theory]
    [InlineData("fragment argOnRequiredArg on Dog { doesKnowCommand(dogCommand: SIT) }")]
    [InlineData("fragment multipleArgs on ComplicatedArgs { multipleReqs(req1: 1, req2: 2) }")]
    [InlineData("fragment argOnUnknownField on Dog { unknownField(unknownArg: SIT) }")]
    [InlineData("{ dog @skip(if: true) }")]
    [InlineData("fragment f on Dog { isHouseTrained(atOtherHomes: true) }")]
    public void Validate_ValidDocument_ReportsNothing(string query) => ValidationHarness.ExpectValid(Rule, query);

    [Theory]
    [InlineData("{ dog @skip(unless: true) }", "Unknown argument \"unless\" on directive \"@skip\".")]
    [InlineData("fragment invalidArgName on Dog { doesKnowCommand(unknown: true) }", "Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".")]
    [InlineData("fragment invalidArgName on Dog { doesKnowCommand(DogCommand: true) }", "Unknown argument \"DogCommand\" on field \"Dog.doesKnowCommand\". Did you mean \"dogCommand\"?")]
    [InlineData("fragment oneGoodArgOneInvalidArg on Dog { doesKnowCommand(whoKnows: 1, dogCommand: SIT, unknown: true) }", "Unknown argument \"whoKnows\" on field \"Dog.doesKnowCommand\".\nUnknown argument \"unknown\" on field \"Dog.doesKnowCommand\".")]
    public void Validate_InvalidDocument_ReportsGraphQLJsMessages(string query, string messages) =>
        ValidationHarness.ExpectErrors(Rule, query, messages.Split('\n'));
}
