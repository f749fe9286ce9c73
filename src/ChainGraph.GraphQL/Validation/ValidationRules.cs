using ChainGraph.GraphQL.Validation.Rules;

namespace ChainGraph.GraphQL.Validation;

/// <summary>The rule sets of graphql-js 16 (plus the 2025 spec's operation type existence).</summary>
public static class ValidationRules
{
    /// <summary>graphql-js's <c>recommendedRules</c>: rules beyond the spec that protect servers (<see cref="MaxIntrospectionDepthRule"/>).</summary>
    public static IReadOnlyList<ValidationRuleFactory> Recommended { get; } = [c => new MaxIntrospectionDepthRule(c)];

    /// <summary>
    /// Every rule of the spec's Validation section in graphql-js 16 <c>specifiedRules</c> order, which ends with the
    /// <see cref="Recommended"/> rules; what the executor runs.
    /// </summary>
    public static IReadOnlyList<ValidationRuleFactory> Specified { get; } =
    [
        c => new ExecutableDefinitionsRule(c),
        c => new UniqueOperationNamesRule(c),
        c => new LoneAnonymousOperationRule(c),
        c => new KnownOperationTypesRule(c),
        c => new SingleFieldSubscriptionsRule(c),
        c => new KnownTypeNamesRule(c),
        c => new FragmentsOnCompositeTypesRule(c),
        c => new VariablesAreInputTypesRule(c),
        c => new ScalarLeafsRule(c),
        c => new FieldsOnCorrectTypeRule(c),
        c => new UniqueFragmentNamesRule(c),
        c => new KnownFragmentNamesRule(c),
        c => new NoUnusedFragmentsRule(c),
        c => new PossibleFragmentSpreadsRule(c),
        c => new NoFragmentCyclesRule(c),
        c => new UniqueVariableNamesRule(c),
        c => new NoUndefinedVariablesRule(c),
        c => new NoUnusedVariablesRule(c),
        c => new KnownDirectivesRule(c),
        c => new UniqueDirectivesPerLocationRule(c),
        c => new KnownArgumentNamesRule(c),
        c => new UniqueArgumentNamesRule(c),
        c => new ValuesOfCorrectTypeRule(c),
        c => new ProvidedRequiredArgumentsRule(c),
        c => new VariablesInAllowedPositionRule(c),
        c => new OverlappingFieldsCanBeMergedRule(c),
        c => new UniqueInputFieldNamesRule(c),
        .. Recommended,
    ];
}
