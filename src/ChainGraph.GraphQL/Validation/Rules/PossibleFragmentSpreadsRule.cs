using ChainGraph.GraphQL.Language;
using ChainGraph.GraphQL.Types;

namespace ChainGraph.GraphQL.Validation.Rules;

/// <summary>Spec §5.5.2.3 Fragment Spread Is Possible: the fragment's type must overlap the parent type.</summary>
public sealed class PossibleFragmentSpreadsRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly SyntaxKind[] Kinds = [SyntaxKind.InlineFragment, SyntaxKind.FragmentSpread];

    /// <inheritdoc />
    public override IReadOnlyList<SyntaxKind>? VisitedKinds => Kinds;

    /// <inheritdoc />
    public override bool Enter(SyntaxNode node)
    {
        var parent = Context.TypeInfo.ParentType;
        switch (node)
        {
            case InlineFragmentNode when Context.TypeInfo.Type?.Named is { IsComposite: true } fragmentType && parent is { IsComposite: true } && !Context.Schema.DoTypesOverlap(fragmentType, parent):
                Report($"Fragment cannot be spread here as objects of type \"{parent.Name}\" can never be of type \"{fragmentType.Name}\".", node);
                break;
            case FragmentSpreadNode spread when FragmentType(spread.Name.Value) is { } fragmentType && parent is not null && !Context.Schema.DoTypesOverlap(fragmentType, parent):
                Report($"Fragment \"{spread.Name.Value}\" cannot be spread here as objects of type \"{parent.Name}\" can never be of type \"{fragmentType.Name}\".", spread);
                break;
        }

        return true;
    }

    private NamedType? FragmentType(string name) =>
        Context.GetFragment(name) is { } fragment && Context.Schema.GetType(fragment.TypeCondition.Name.Value) is { IsComposite: true } type ? type : null;
}
