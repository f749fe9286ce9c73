using ChainGraph.GraphQL.Validation;
using ChainGraph.GraphQL.Validation.Rules;

namespace ChainGraph.GraphQL.Tests.Validation;

public sealed class FieldsOnCorrectTypeRuleTests
{
    private static readonly ValidationRuleFactory Rule = c => new FieldsOnCorrectTypeRule(c);

    [Theory]
    [InlineData("fragment objectFieldSelection on Dog { __typename name }")]
    [InlineData("fragment aliasedObjectFieldSelection on Dog { tn : __typename otherName : name }")]
    [InlineData("fragment interfaceFieldSelection on Pet { __typename name }")]
    [InlineData("fragment directFieldSelectionOnUnion on CatOrDog { __typename }")]
    [InlineData("{ __schema { queryType { name } } __type(name: \"Dog\") { name } }")]
    public void Validate_ValidDocument_ReportsNothing(string query) => ValidationHarness.ExpectValid(Rule, query);

    [Theory]
    [InlineData("fragment fieldNotDefined on Dog { meowVolume }", "Cannot query field \"meowVolume\" on type \"Dog\". Did you mean \"barkVolume\"?")]
    [InlineData("fragment aliasedFieldTargetNotDefined on Dog { volume : mooVolume }", "Cannot query field \"mooVolume\" on type \"Dog\". Did you mean \"barkVolume\"?")]
    [InlineData("fragment notDefinedOnInterface on Pet { tailLength }", "Cannot query field \"tailLength\" on type \"Pet\".")]
    [InlineData("fragment definedOnImplementorsButNotInterface on Pet { nickname }", "Cannot query field \"nickname\" on type \"Pet\". Did you mean to use an inline fragment on \"Cat\" or \"Dog\"?")]
    [InlineData("fragment directFieldSelectionOnUnion on CatOrDog { directField }", "Cannot query field \"directField\" on type \"CatOrDog\".")]
    [InlineData("fragment f on CatOrDog { name }", "Cannot query field \"name\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Pet\", \"Canine\", \"Cat\", or \"Dog\"?")]
    public void Validate_InvalidDocument_ReportsGraphQLJsMessages(string query, string messages) =>
        ValidationHarness.ExpectErrors(Rule, query, messages.Split('\n'));
}
