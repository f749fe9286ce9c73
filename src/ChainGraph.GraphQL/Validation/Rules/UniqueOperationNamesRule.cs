using ChainGraph.GraphQL.Language;

namespace ChainGraph.GraphQL.Validation.Rules;

/// <summary>Spec §5.2.1.1 Operation Name Uniqueness.</summary>
public sealed class UniqueOperationNamesRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly SyntaxKind[] Kinds = [SyntaxKind.OperationDefinition, SyntaxKind.FragmentDefinition];

    /// <inheritdoc />
    public override IReadOnlyList<SyntaxKind>? VisitedKinds => Kinds;

    private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public override bool Enter(SyntaxNode node)
    {
        if (node is OperationDefinitionNode { Name: { } name })
        {
            if (_known.TryGetValue(name.Value, out var previous))
            {
                Report($"There can be only one operation named \"{name.Value}\".", previous, name);
            }
            else
            {
                _known[name.Value] = name;
            }
        }

        return node is not (OperationDefinitionNode or FragmentDefinitionNode);
    }
}
