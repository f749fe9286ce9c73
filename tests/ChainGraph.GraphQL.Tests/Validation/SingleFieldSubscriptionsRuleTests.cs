using ChainGraph.GraphQL.Validation;
using ChainGraph.GraphQL.Validation.Rules;

namespace ChainGraph.GraphQL.Tests.Validation;

public sealed class SingleFieldSubscriptionsRuleTests
{
    private static readonly ValidationRuleFactory Rule = c => new SingleFieldSubscriptionsRule(c);

    [Theory]
    [InlineData("subscription ImportantEmails { newDog { name } }")]
    [InlineData("subscription { newDog { name } }")]
    [InlineData("subscription Sub { ... on SubscriptionRoot { newDog { name } } }")]
    [InlineData("subscription Sub { newDog { name } newCat @skip(if: true) { name } }")]
    public void Validate_ValidDocument_ReportsNothing(string query) => ValidationHarness.ExpectValid(Rule, query);

    [Theory]
    [InlineData("subscription ImportantEmails { newDog { name } newCat { name } }", "Subscription \"ImportantEmails\" must select only one top level field.")]
    [InlineData("subscription { newDog { name } newCat { name } }", "Anonymous Subscription must select only one top level field.")]
    [InlineData("subscription ImportantEmails { __typename }", "Subscription \"ImportantEmails\" must not select an introspection top level field.")]
    [InlineData("subscription S { ...F } fragment F on SubscriptionRoot { newDog { name } newCat { name } }", "Subscription \"S\" must select only one top level field.")]
    public void Validate_InvalidDocument_ReportsGraphQLJsMessages(string query, string messages) =>
        ValidationHarness.ExpectErrors(Rule, query, messages.Split('\n'));
}
