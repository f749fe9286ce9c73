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

    /// <summary>Called when entering a node; return false to skip the node's children for this rule only.</summary>
    public virtual bool Enter(SyntaxNode node) => true;

    /// <summary>Called when leaving a node (also when its children were skipped).</summary>
    public virtual void Leave(SyntaxNode node)
    {
    }

    /// <summary>Reports an error located at the given nodes.</summary>
    protected void Report(string message, params SyntaxNode?[] nodes) => Context.ReportError(GraphQLError.At(message, nodes));
}
