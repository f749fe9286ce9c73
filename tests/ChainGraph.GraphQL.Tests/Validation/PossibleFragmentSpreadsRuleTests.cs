using ChainGraph.GraphQL.Validation;
using ChainGraph.GraphQL.Validation.Rules;

namespace ChainGraph.GraphQL.Tests.Validation;

public sealed class PossibleFragmentSpreadsRuleTests
{
    private static readonly ValidationRuleFactory Rule = c => new PossibleFragmentSpreadsRule(c);

    [Theory]
    [InlineData("fragment objectWithinObject on Dog { ...dogFragment } fragment dogFragment on Dog { barkVolume }")]
    [InlineData("fragment objectWithinInterface on Pet { ...dogFragment } fragment dogFragment on Dog { barkVolume }")]
    [InlineData("fragment interfaceWithinUnion on CatOrDog { ... on Pet { name } }")]
    [InlineData("fragment unionWithinInterface on Pet { ...catOrDogFragment } fragment catOrDogFragment on CatOrDog { __typename }")]
    [InlineData("fragment f on Dog { ... on Canine { name } }")]
    public void Validate_ValidDocument_ReportsNothing(string query) => ValidationHarness.ExpectValid(Rule, query);

    [Theory]
    [InlineData("fragment invalidObjectWithinObject on Cat { ...dogFragment } fragment dogFragment on Dog { barkVolume }", "Fragment \"dogFragment\" cannot be spread here as objects of type \"Cat\" can never be of type \"Dog\".")]
    [InlineData("fragment invalidObjectWithinObjectAnon on Cat { ... on Dog { barkVolume } }", "Fragment cannot be spread here as objects of type \"Cat\" can never be of type \"Dog\".")]
    [InlineData("fragment invalidObjectWithinInterface on Pet { ...humanFragment } fragment humanFragment on Human { pets { name } }", "Fragment \"humanFragment\" cannot be spread here as objects of type \"Pet\" can never be of type \"Human\".")]
    [InlineData("fragment invalidUnionWithinObject on Human { ...catOrDogFragment } fragment catOrDogFragment on CatOrDog { __typename }", "Fragment \"catOrDogFragment\" cannot be spread here as objects of type \"Human\" can never be of type \"CatOrDog\".")]
    public void Validate_InvalidDocument_ReportsGraphQLJsMessages(string query, string messages) =>
        ValidationHarness.ExpectErrors(Rule, query, messages.Split('\n'));
}
