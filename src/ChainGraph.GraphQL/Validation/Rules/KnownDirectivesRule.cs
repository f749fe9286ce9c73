using ChainGraph.GraphQL.Language;

namespace ChainGraph.GraphQL.Validation.Rules;

/// <summary>Spec §5.7.1 Directives Are Defined and §5.7.2 Directives Are in Valid Locations.</summary>
public sealed class KnownDirectivesRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly SyntaxKind[] Kinds = [SyntaxKind.Directive, SyntaxKind.OperationDefinition, SyntaxKind.Field, SyntaxKind.FragmentSpread, SyntaxKind.InlineFragment, SyntaxKind.FragmentDefinition, SyntaxKind.VariableDefinition];

    /// <inheritdoc />
    public override IReadOnlyList<SyntaxKind>? VisitedKinds => Kinds;

    private readonly Stack<SyntaxNode> _ancestors = new();

    /// <inheritdoc />
    public override bool Enter(SyntaxNode node)
    {
        if (node is DirectiveNode directive)
        {
            Check(directive);
        }
        else
        {
            _ancestors.Push(node);
        }

        return true;
    }

    /// <inheritdoc />
    public override void Leave(SyntaxNode node)
    {
        if (node is not DirectiveNode)
        {
            _ancestors.Pop();
        }
    }

    private void Check(DirectiveNode node)
    {
        var name = node.Name.Value;
        var definition = Context.Schema.GetDirective(name);
        if (definition is null)
        {
            Report($"Unknown directive \"@{name}\".", node);
            return;
        }

        var location = LocationOf(_ancestors.Peek());
        if (location is not null && !definition.Locations.Contains(location.Value))
        {
            Report($"Directive \"@{name}\" may not be used on {location.Value.ToSpecName()}.", node);
        }
    }

    private static DirectiveLocation? LocationOf(SyntaxNode parent) => parent switch
    {
        OperationDefinitionNode { Operation: OperationType.Query } => DirectiveLocation.Query,
        OperationDefinitionNode { Operation: OperationType.Mutation } => DirectiveLocation.Mutation,
        OperationDefinitionNode => DirectiveLocation.Subscription,
        FieldNode => DirectiveLocation.Field,
        FragmentSpreadNode => DirectiveLocation.FragmentSpread,
        InlineFragmentNode => DirectiveLocation.InlineFragment,
        FragmentDefinitionNode => DirectiveLocation.FragmentDefinition,
        VariableDefinitionNode => DirectiveLocation.VariableDefinition,
        _ => null,
    };
}
