using ChainGraph.GraphQL.Language;

namespace ChainGraph.GraphQL.Validation;

/// <summary>
/// Walks executable definitions in graphql-js's key order, keeping a <see cref="TypeInfo"/> in step and calling
/// visitors. A visitor returning false from enter skips that node's children for that visitor only.
/// Recursion depth is bounded by the parser's nesting limit.
/// </summary>
internal sealed class DocumentWalker
{
    private static readonly int KindCount = Enum.GetValues<SyntaxKind>().Length;

    private readonly TypeInfo _typeInfo;
    private readonly ValidationRule[] _visitors;
    private readonly SyntaxNode?[] _skipping;
    private readonly int[]?[] _byKind;

    public DocumentWalker(TypeInfo typeInfo, IReadOnlyList<ValidationRule> visitors)
    {
        _typeInfo = typeInfo;
        _visitors = visitors.ToArray();
        _skipping = new SyntaxNode?[_visitors.Length];
        _byKind = new int[KindCount][];
    }

    public void Walk(SyntaxNode node)
    {
        _typeInfo.Enter(node);
        var interested = _byKind[(int)node.Kind] ??= Interested(node.Kind);
        foreach (var i in interested)
        {
            if (_skipping[i] is null && !_visitors[i].Enter(node))
            {
                _skipping[i] = node;
            }
        }

        WalkChildren(node);
        foreach (var i in interested)
        {
            if (_skipping[i] is null)
            {
                _visitors[i].Leave(node);
            }
            else if (ReferenceEquals(_skipping[i], node))
            {
                _skipping[i] = null;
            }
        }

        _typeInfo.Leave(node);
    }

    private int[] Interested(SyntaxKind kind)
    {
        var result = new List<int>(_visitors.Length);
        for (var i = 0; i < _visitors.Length; i++)
        {
            if (_visitors[i].VisitedKinds is not { } kinds || kinds.Contains(kind))
            {
                result.Add(i);
            }
        }

        return result.ToArray();
    }

    private void WalkAll<T>(IReadOnlyList<T> nodes)
        where T : SyntaxNode
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            Walk(nodes[i]);
        }
    }

    private void WalkChildren(SyntaxNode node)
    {
        switch (node)
        {
            case DocumentNode n:
                foreach (var definition in n.Definitions)
                {
                    if (definition is ExecutableDefinitionNode)
                    {
                        Walk(definition);
                    }
                }

                break;
            case OperationDefinitionNode n:
                WalkAll(n.VariableDefinitions);
                WalkAll(n.Directives);
                Walk(n.SelectionSet);
                break;
            case VariableDefinitionNode n:
                Walk(n.Variable);
                Walk(n.Type);
                WalkOptional(n.DefaultValue);
                WalkAll(n.Directives);
                break;
            case SelectionSetNode n:
                WalkAll(n.Selections);
                break;
            case FieldNode n:
                WalkAll(n.Arguments);
                WalkAll(n.Directives);
                WalkOptional(n.SelectionSet);
                break;
            case FragmentSpreadNode n:
                WalkAll(n.Directives);
                break;
            case InlineFragmentNode n:
                WalkOptional(n.TypeCondition);
                WalkAll(n.Directives);
                Walk(n.SelectionSet);
                break;
            case FragmentDefinitionNode n:
                Walk(n.TypeCondition);
                WalkAll(n.Directives);
                Walk(n.SelectionSet);
                break;
            default:
                WalkLeafChildren(node);
                break;
        }
    }

    private void WalkLeafChildren(SyntaxNode node)
    {
        switch (node)
        {
            case ArgumentNode n:
                Walk(n.Value);
                break;
            case DirectiveNode n:
                WalkAll(n.Arguments);
                break;
            case ListValueNode n:
                WalkAll(n.Values);
                break;
            case ObjectValueNode n:
                WalkAll(n.Fields);
                break;
            case ObjectFieldNode n:
                Walk(n.Value);
                break;
            case ListTypeNode n:
                Walk(n.Type);
                break;
            case NonNullTypeNode n:
                Walk(n.Type);
                break;
        }
    }

    private void WalkOptional(SyntaxNode? node)
    {
        if (node is not null)
        {
            Walk(node);
        }
    }
}
