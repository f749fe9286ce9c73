using ChainGraph.GraphQL.Execution;
using ChainGraph.GraphQL.Language;
using ChainGraph.GraphQL.Types;

namespace ChainGraph.GraphQL.Validation.Rules;

/// <summary>Spec §5.8.5 All Variable Usages Are Allowed (IsVariableUsageAllowed).</summary>
public sealed class VariablesInAllowedPositionRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly SyntaxKind[] Kinds = [SyntaxKind.OperationDefinition];

    /// <inheritdoc />
    public override IReadOnlyList<SyntaxKind>? VisitedKinds => Kinds;

    /// <inheritdoc />
    public override void Leave(SyntaxNode node)
    {
        if (node is not OperationDefinitionNode operation)
        {
            return;
        }

        var definitions = operation.VariableDefinitions
            .GroupBy(d => d.Variable.Name.Value, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        foreach (var usage in Context.GetRecursiveVariableUsages(operation))
        {
            var name = usage.Node.Name.Value;
            if (usage.Type is null || !definitions.TryGetValue(name, out var definition))
            {
                continue;
            }

            var variableType = VariableCoercion.TypeFromAst(Context.Schema, definition.Type);
            if (variableType is not null && !IsAllowed(variableType, definition.DefaultValue, usage.Type, usage.DefaultValue))
            {
                Report($"Variable \"${name}\" of type \"{variableType}\" used in position expecting type \"{usage.Type}\".", definition, usage.Node);
            }

            if (usage.ParentType is InputObjectType { IsOneOf: true } oneOf && variableType is { IsNonNull: false })
            {
                Report($"Variable \"${name}\" is of type \"{variableType}\" but must be non-nullable to be used for OneOf Input Object \"{oneOf.Name}\".", definition, usage.Node);
            }
        }
    }

    private bool IsAllowed(GraphQLType variableType, ValueNode? variableDefault, GraphQLType locationType, ValueNode? locationDefault)
    {
        if (locationType is NonNullType nonNullLocation && variableType is not NonNullType)
        {
            var hasNonNullVariableDefault = variableDefault is not null and not NullValueNode;
            if (!hasNonNullVariableDefault && locationDefault is null)
            {
                return false;
            }

            return TypeComparators.IsSubType(Context.Schema, variableType, nonNullLocation.OfType);
        }

        return TypeComparators.IsSubType(Context.Schema, variableType, locationType);
    }
}
