using ChainGraph.GraphQL.Language;

namespace ChainGraph.GraphQL.Validation.Rules;

/// <summary>Spec §5.6.3 Input Object Field Uniqueness.</summary>
public sealed class UniqueInputFieldNamesRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly SyntaxKind[] Kinds = [SyntaxKind.ObjectValue, SyntaxKind.ObjectField];

    /// <inheritdoc />
    public override IReadOnlyList<SyntaxKind>? VisitedKinds => Kinds;

    private readonly Stack<Dictionary<string, NameNode>> _known = new();

    /// <inheritdoc />
    public override bool Enter(SyntaxNode node)
    {
        switch (node)
        {
            case ObjectValueNode:
                _known.Push(new Dictionary<string, NameNode>(StringComparer.Ordinal));
                break;
            case ObjectFieldNode field when _known.TryPeek(out var names):
                if (names.TryGetValue(field.Name.Value, out var previous))
                {
                    Report($"There can be only one input field named \"{field.Name.Value}\".", previous, field.Name);
                }
                else
                {
                    names[field.Name.Value] = field.Name;
                }

                break;
        }

        return true;
    }

    /// <inheritdoc />
    public override void Leave(SyntaxNode node)
    {
        if (node is ObjectValueNode)
        {
            _known.Pop();
        }
    }
}
