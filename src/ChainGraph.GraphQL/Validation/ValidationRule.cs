using ChainGraph.GraphQL.Language;

namespace ChainGraph.GraphQL.Validation;

/// <summary>
/// One validation rule for one document. The validator walks the document once, calling every rule's
/// <see cref="Enter"/>/<see cref="Leave"/> in document order with <see cref="ValidationContext"/> type information
/// up to date. Instances are created per validation, so rules may keep state.
/// </summary>
public abstract class ValidationRule(ValidationContext context)
{
    /// <summary>The validation in progress.</summary>
    protected ValidationContext Context { get; } = context;

    /// <summary>
    /// The node kinds this rule wants to see, or null for every kind. The walker only calls <see cref="Enter"/> and
    /// <see cref="Leave"/> for these kinds; with 27 rules and a few hundred nodes per document, not dispatching every node
    /// to every rule cuts validation time roughly in half.
    /// </summary>
    public virtual IReadOnlyList<SyntaxKind>? VisitedKinds => null;

    /// <summary>Called when entering a node; return false to skip the node's children for this rule only.</summary>
    public virtual bool Enter(SyntaxNode node) => true;

    /// <summary>Called when leaving a node (also when its children were skipped).</summary>
    public virtual void Leave(SyntaxNode node)
    {
    }

    /// <summary>Reports an error located at the given nodes.</summary>
    protected void Report(string message, params SyntaxNode?[] nodes) => Context.ReportError(GraphQLError.At(message, nodes));
}
