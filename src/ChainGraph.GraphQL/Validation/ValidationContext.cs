using ChainGraph.GraphQL.Language;
using ChainGraph.GraphQL.Types;

namespace ChainGraph.GraphQL.Validation;

/// <summary>
/// Shared state of one validation: the schema, the document, current type information, collected errors and
/// memoised document facts (fragment spreads, recursively referenced fragments, variable usages).
/// Not thread-safe; one per validation.
/// </summary>
public sealed class ValidationContext
{
    private readonly List<GraphQLError> _errors;
    private readonly int _maxErrors;
    private readonly Dictionary<string, FragmentDefinitionNode> _fragments = new(StringComparer.Ordinal);
    private readonly Dictionary<SelectionSetNode, IReadOnlyList<FragmentSpreadNode>> _spreads = [];
    private readonly Dictionary<OperationDefinitionNode, IReadOnlyList<FragmentDefinitionNode>> _recursiveFragments = [];
    private readonly Dictionary<SyntaxNode, IReadOnlyList<VariableUsage>> _usages = [];

    internal ValidationContext(GraphQLSchema schema, DocumentNode document, TypeInfo typeInfo, List<GraphQLError> errors, int maxErrors)
    {
        Schema = schema;
        Document = document;
        TypeInfo = typeInfo;
        _errors = errors;
        _maxErrors = maxErrors;
        foreach (var fragment in document.Definitions.OfType<FragmentDefinitionNode>())
        {
            _fragments.TryAdd(fragment.Name.Value, fragment);
        }
    }

    /// <summary>The schema validated against.</summary>
    public GraphQLSchema Schema { get; }

    /// <summary>The document being validated.</summary>
    public DocumentNode Document { get; }

    /// <summary>Type information at the node being visited.</summary>
    public TypeInfo TypeInfo { get; }

    /// <summary>Records an error; aborts validation once the error limit is reached.</summary>
    public void ReportError(GraphQLError error)
    {
        if (_errors.Count >= _maxErrors)
        {
            throw new ValidationAbortedException();
        }

        _errors.Add(error);
    }

    /// <summary>The fragment definition named <paramref name="name"/> (first if duplicated), or null.</summary>
    public FragmentDefinitionNode? GetFragment(string name) => _fragments.GetValueOrDefault(name);

    /// <summary>Every fragment spread inside a selection set, nested inline fragments and fields included.</summary>
    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode selectionSet)
    {
        if (_spreads.TryGetValue(selectionSet, out var cached))
        {
            return cached;
        }

        var spreads = new List<FragmentSpreadNode>();
        var stack = new Stack<SelectionSetNode>();
        stack.Push(selectionSet);
        while (stack.Count > 0)
        {
            foreach (var selection in stack.Pop().Selections)
            {
                switch (selection)
                {
                    case FragmentSpreadNode spread: spreads.Add(spread); break;
                    case FieldNode { SelectionSet: { } set }: stack.Push(set); break;
                    case InlineFragmentNode inline: stack.Push(inline.SelectionSet); break;
                }
            }
        }

        _spreads[selectionSet] = spreads;
        return spreads;
    }

    /// <summary>Every fragment an operation reaches through spreads, transitively, each once.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation)
    {
        if (_recursiveFragments.TryGetValue(operation, out var cached))
        {
            return cached;
        }

        var fragments = new List<FragmentDefinitionNode>();
        var collected = new HashSet<string>(StringComparer.Ordinal);
        var toVisit = new Stack<SelectionSetNode>();
        toVisit.Push(operation.SelectionSet);
        while (toVisit.Count > 0)
        {
            foreach (var spread in GetFragmentSpreads(toVisit.Pop()))
            {
                var name = spread.Name.Value;
                if (collected.Add(name) && GetFragment(name) is { } fragment)
                {
                    fragments.Add(fragment);
                    toVisit.Push(fragment.SelectionSet);
                }
            }
        }

        _recursiveFragments[operation] = fragments;
        return fragments;
    }

    /// <summary>The variables used directly inside an operation or fragment, with their expected types.</summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(ExecutableDefinitionNode node)
    {
        if (_usages.TryGetValue(node, out var cached))
        {
            return cached;
        }

        var usages = new List<VariableUsage>();
        var typeInfo = new TypeInfo(Schema);
        new DocumentWalker(typeInfo, [new UsageCollector(this, typeInfo, usages)]).Walk(node);
        _usages[node] = usages;
        return usages;
    }

    /// <summary>The variables used by an operation and every fragment it reaches.</summary>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation)
    {
        var usages = new List<VariableUsage>(GetVariableUsages(operation));
        foreach (var fragment in GetRecursivelyReferencedFragments(operation))
        {
            usages.AddRange(GetVariableUsages(fragment));
        }

        return usages;
    }

    private sealed class UsageCollector(ValidationContext context, TypeInfo typeInfo, List<VariableUsage> usages) : ValidationRule(context)
    {
        private static readonly SyntaxKind[] Kinds = [SyntaxKind.Variable, SyntaxKind.VariableDefinition];

        public override IReadOnlyList<SyntaxKind>? VisitedKinds => Kinds;

        public override bool Enter(SyntaxNode node)
        {
            if (node is VariableNode variable)
            {
                usages.Add(new VariableUsage(variable, typeInfo.InputType, typeInfo.DefaultValue, typeInfo.ParentInputType));
            }

            return node is not VariableDefinitionNode;
        }
    }
}
