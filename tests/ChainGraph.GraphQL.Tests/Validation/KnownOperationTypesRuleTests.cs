using ChainGraph.GraphQL.Validation;
using ChainGraph.GraphQL.Validation.Rules;

namespace ChainGraph.GraphQL.Tests.Validation;

public sealed class KnownOperationTypesRuleTests
{
    private static readonly ValidationRuleFactory Rule = c => new KnownOperationTypesRule(c);

    [Theory]
    [InlineData("{ dog { name } }")]
    [InlineData("mutation { rename(name: \"x\") { name } }")]
    [InlineData("subscription { newDog { name } }")]
    public void Validate_ValidDocument_ReportsNothing(string query) => ValidationHarness.ExpectValid(Rule, query);

    [Theory]
    [InlineData("mutation { doSomething }", "The mutation operation is not supported by the schema.")]
    [InlineData("subscription { onEvent }", "The subscription operation is not supported by the schema.")]
    [InlineData("mutation A { a } subscription B { b }", "The mutation operation is not supported by the schema.\nThe subscription operation is not supported by the schema.")]
    public void Validate_MissingRootType_Reports(string query, string messages)
    {
        var schema = TestSchema.Build("type Query { a: Int }");
        ValidationHarness.Validate(Rule, query, schema).Select(e => e.Message).Should().Equal(messages.Split('\n'));
    }
}
