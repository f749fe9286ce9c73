using ChainGraph.GraphQL.Validation;
using ChainGraph.GraphQL.Validation.Rules;

namespace ChainGraph.GraphQL.Tests.Validation;

public sealed class ExecutableDefinitionsRuleTests
{
    private static readonly ValidationRuleFactory Rule = c => new ExecutableDefinitionsRule(c);

    [Theory]
    [InlineData("query Foo { dog { name } }")]
    [InlineData("query Foo { dog { name ...Frag } } fragment Frag on Dog { name }")]
    [InlineData("{ dog { name } } query Bar { cat { name } }")]
    public void Validate_ValidDocument_ReportsNothing(string query) => ValidationHarness.ExpectValid(Rule, query);

    [Theory]
    [InlineData("query Foo { dog { name } } type Cow { name: String } extend type Dog { color: String }", "The \"Cow\" definition is not executable.\nThe \"Dog\" definition is not executable.")]
    [InlineData("schema { query: Query } type Query { test: String } extend schema @directive", "The schema definition is not executable.\nThe \"Query\" definition is not executable.\nThe schema definition is not executable.")]
    [InlineData("directive @d on FIELD { dog { name } }", "The \"d\" definition is not executable.")]
    [InlineData("scalar Date { dog { name } }", "The \"Date\" definition is not executable.")]
    public void Validate_InvalidDocument_ReportsGraphQLJsMessages(string query, string messages) =>
        ValidationHarness.ExpectErrors(Rule, query, messages.Split('\n'));
}
