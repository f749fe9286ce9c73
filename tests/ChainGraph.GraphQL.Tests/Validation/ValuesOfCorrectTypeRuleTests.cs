using ChainGraph.GraphQL.Validation;
using ChainGraph.GraphQL.Validation.Rules;

namespace ChainGraph.GraphQL.Tests.Validation;

public sealed class ValuesOfCorrectTypeRuleTests
{
    private static readonly ValidationRuleFactory Rule = c => new ValuesOfCorrectTypeRule(c);

    [Theory]
    [InlineData("{ complicatedArgs { intArgField(intArg: 2) } }")]
    [InlineData("{ complicatedArgs { floatArgField(floatArg: 1) idArgField(idArg: 1) idArgField(idArg: \"x\") } }")]
    [InlineData("{ complicatedArgs { enumArgField(enumArg: NO_FUR) stringListArgField(stringListArg: \"one\") } }")]
    [InlineData("{ complicatedArgs { complexArgField(complexArg: { requiredField: true, stringListField: [\"a\", null] }) } }")]
    [InlineData("{ complicatedArgs { oneOfArgField(oneOfArg: { stringField: \"abc\" }) } }")]
    [InlineData("query($x: String!) { complicatedArgs { oneOfArgField(oneOfArg: { stringField: $x }) } }")]
    public void Validate_ValidDocument_ReportsNothing(string query) => ValidationHarness.ExpectValid(Rule, query);

    [Theory]
    [InlineData("{ complicatedArgs { intArgField(intArg: 3.333) } }", "Int cannot represent non-integer value: 3.333")]
    [InlineData("{ complicatedArgs { intArgField(intArg: 829384293849283498239482938) } }", "Int cannot represent non 32-bit signed integer value: 829384293849283498239482938")]
    [InlineData("{ complicatedArgs { stringArgField(stringArg: 1) } }", "String cannot represent a non string value: 1")]
    [InlineData("{ complicatedArgs { booleanArgField(booleanArg: \"true\") } }", "Boolean cannot represent a non boolean value: \"true\"")]
    [InlineData("{ complicatedArgs { idArgField(idArg: 1.0) } }", "ID cannot represent a non-string and non-integer value: 1.0")]
    [InlineData("{ dog { doesKnowCommand(dogCommand: \"SIT\") } }", "Enum \"DogCommand\" cannot represent non-enum value: \"SIT\". Did you mean the enum value \"SIT\"?")]
    [InlineData("{ dog { doesKnowCommand(dogCommand: sit) } }", "Value \"sit\" does not exist in \"DogCommand\" enum. Did you mean the enum value \"SIT\"?")]
    [InlineData("{ complicatedArgs { nonNullIntArgField(nonNullIntArg: null) } }", "Expected value of type \"Int!\", found null.")]
    [InlineData("{ complicatedArgs { complexArgField(complexArg: { intField: 4 }) } }", "Field \"ComplexInput.requiredField\" of required type \"Boolean!\" was not provided.")]
    [InlineData("{ complicatedArgs { complexArgField(complexArg: { requiredField: true, invalidField: \"value\" }) } }", "Field \"invalidField\" is not defined by type \"ComplexInput\". Did you mean \"intField\"?")]
    [InlineData("{ complicatedArgs { stringListArgField(stringListArg: [\"one\", 2]) } }", "String cannot represent a non string value: 2")]
    [InlineData("{ complicatedArgs { oneOfArgField(oneOfArg: { stringField: \"abc\", intField: 123 }) } }", "OneOf Input Object \"OneOfInput\" must specify exactly one key.")]
    [InlineData("{ complicatedArgs { oneOfArgField(oneOfArg: { stringField: null }) } }", "Field \"OneOfInput.stringField\" must be non-null.")]
    [InlineData("{ complicatedArgs { complexArgField(complexArg: \"x\") } }", "Expected value of type \"ComplexInput\", found \"x\".")]
    public void Validate_InvalidDocument_ReportsGraphQLJsMessages(string query, string messages) =>
        ValidationHarness.ExpectErrors(Rule, query, messages.Split('\n'));
}
