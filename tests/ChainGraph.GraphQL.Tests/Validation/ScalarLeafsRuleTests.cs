using ChainGraph.GraphQL.Validation;
using ChainGraph.GraphQL.Validation.Rules;

namespace ChainGraph.GraphQL.Tests.Validation;

public sealed class ScalarLeafsRuleTests
{
    private static readonly ValidationRuleFactory Rule = c => new ScalarLeafsRule(c);

    [Theory]
    [InlineData("fragment scalarSelection on Dog { barks }")]
    [InlineData("{ dog { name nickname } }")]
    [InlineData("{ human { pets { name } } }")]
    public void Validate_ValidDocument_ReportsNothing(string query) => ValidationHarness.ExpectValid(Rule, query);

    [Theory]
    [InlineData("query directQueryOnObjectWithoutSubFields { human }", "Field \"human\" of type \"Human\" must have a selection of subfields. Did you mean \"human { ... }\"?")]
    [InlineData("{ human { pets } }", "Field \"pets\" of type \"[Pet]\" must have a selection of subfields. Did you mean \"pets { ... }\"?")]
    [InlineData("fragment scalarSelectionsNotAllowedOnBoolean on Dog { barks { sinceWhen } }", "Field \"barks\" must not have a selection since type \"Boolean\" has no subfields.")]
    [InlineData("fragment scalarSelectionsNotAllowedOnEnum on Cat { furColor { inHexDec } }", "Field \"furColor\" must not have a selection since type \"FurColor\" has no subfields.")]
    [InlineData("fragment f on Dog { doesKnowCommand(dogCommand: SIT) { sinceWhen } }", "Field \"doesKnowCommand\" must not have a selection since type \"Boolean\" has no subfields.")]
    public void Validate_InvalidDocument_ReportsGraphQLJsMessages(string query, string messages) =>
        ValidationHarness.ExpectErrors(Rule, query, messages.Split('\n'));
}
