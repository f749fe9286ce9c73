using ChainGraph.GraphQL.Language;

namespace ChainGraph.GraphQL.Validation.Rules;

/// <summary>Spec §5.5.1.4 Fragments Must Be Used.</summary>
public sealed class NoUnusedFragmentsRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly SyntaxKind[] Kinds = [SyntaxKind.Document, SyntaxKind.OperationDefinition, SyntaxKind.FragmentDefinition];

    /// <inheritdoc />
    public override IReadOnlyList<SyntaxKind>? VisitedKinds => Kinds;

    private readonly List<OperationDefinitionNode> _operations = [];
    private readonly List<FragmentDefinitionNode> _fragments = [];

    /// <inheritdoc />
    public override bool Enter(SyntaxNode node)
    {
        switch (node)
        {
            case OperationDefinitionNode operation:
                _operations.Add(operation);
                return false;
            case FragmentDefinitionNode fragment:
                _fragments.Add(fragment);
                return false;
            default:
                return true;
        }
    }

    /// <inheritdoc />
    public override void Leave(SyntaxNode node)
    {
        if (node is not DocumentNode)
        {
            return;
        }

        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in _operations)
        {
            used.UnionWith(Context.GetRecursivelyReferencedFragments(operation).Select(f => f.Name.Value));
        }

        foreach (var fragment in _fragments.Where(f => !used.Contains(f.Name.Value)))
        {
            Report($"Fragment \"{fragment.Name.Value}\" is never used.", fragment);
        }
    }
}
