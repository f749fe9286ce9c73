using ChainGraph.GraphQL.Validation;
using ChainGraph.GraphQL.Validation.Rules;

namespace ChainGraph.GraphQL.Tests.Validation;

public sealed class NoUnusedFragmentsRuleTests
{
    private static readonly ValidationRuleFactory Rule = c => new NoUnusedFragmentsRule(c);

    [Theory]
    [InlineData("{ human(id: 4) { ...HumanFields1 } } fragment HumanFields1 on Human { name ...HumanFields3 } fragment HumanFields3 on Human { name }")]
    [InlineData("query Foo { human { ...A } } query Bar { human { ...B } } fragment A on Human { name } fragment B on Human { name }")]
    [InlineData("{ dog { name } }")]
    public void Validate_ValidDocument_ReportsNothing(string query) => ValidationHarness.ExpectValid(Rule, query);

    [Theory]
    [InlineData("{ human { ...A } } fragment A on Human { name } fragment Unused1 on Human { name } fragment Unused2 on Human { name }", "Fragment \"Unused1\" is never used.\nFragment \"Unused2\" is never used.")]
    [InlineData("{ human { name } } fragment A on Human { ...B } fragment B on Human { ...A }", "Fragment \"A\" is never used.\nFragment \"B\" is never used.")]
    [InlineData("fragment Lonely on Dog { name } { dog { name } }", "Fragment \"Lonely\" is never used.")]
    public void Validate_InvalidDocument_ReportsGraphQLJsMessages(string query, string messages) =>
        ValidationHarness.ExpectErrors(Rule, query, messages.Split('\n'));
}
