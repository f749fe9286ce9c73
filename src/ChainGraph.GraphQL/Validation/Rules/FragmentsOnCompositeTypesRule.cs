using ChainGraph.GraphQL.Language;

namespace ChainGraph.GraphQL.Validation.Rules;

/// <summary>Spec §5.5.1.3 Fragments on Object, Interface or Union Types.</summary>
public sealed class FragmentsOnCompositeTypesRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly SyntaxKind[] Kinds = [SyntaxKind.InlineFragment, SyntaxKind.FragmentDefinition];

    /// <inheritdoc />
    public override IReadOnlyList<SyntaxKind>? VisitedKinds => Kinds;

    /// <inheritdoc />
    public override bool Enter(SyntaxNode node)
    {
        switch (node)
        {
            case InlineFragmentNode { TypeCondition: { } condition } when IsNonComposite(condition):
                Report($"Fragment cannot condition on non composite type \"{condition.Name.Value}\".", condition);
                break;
            case FragmentDefinitionNode fragment when IsNonComposite(fragment.TypeCondition):
                Report($"Fragment \"{fragment.Name.Value}\" cannot condition on non composite type \"{fragment.TypeCondition.Name.Value}\".", fragment.TypeCondition);
                break;
        }

        return true;
    }

    private bool IsNonComposite(NamedTypeNode condition) => Context.Schema.GetType(condition.Name.Value) is { IsComposite: false };
}
