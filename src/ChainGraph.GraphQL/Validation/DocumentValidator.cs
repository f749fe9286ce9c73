using ChainGraph.GraphQL.Language;
using ChainGraph.GraphQL.Types;

namespace ChainGraph.GraphQL.Validation;

/// <summary>Validates executable documents against a schema (spec §5) in one walk. Stateless, thread-safe.</summary>
public static class DocumentValidator
{
    /// <summary>
    /// Runs <paramref name="rules"/> (default: <see cref="ValidationRules.Specified"/>) and returns the errors in document
    /// order; stops with a final "Validation aborted" error after <paramref name="maxErrors"/>.
    /// </summary>
    public static IReadOnlyList<GraphQLError> Validate(GraphQLSchema schema, DocumentNode document, IReadOnlyList<ValidationRuleFactory>? rules = null, int maxErrors = 100)
    {
        var errors = new List<GraphQLError>();
        var typeInfo = new TypeInfo(schema);
        var context = new ValidationContext(schema, document, typeInfo, errors, maxErrors);
        var visitors = (rules ?? ValidationRules.Specified).Select(rule => rule(context)).ToArray();
        try
        {
            new DocumentWalker(typeInfo, visitors).Walk(document);
        }
        catch (ValidationAbortedException ex)
        {
            errors.Add(new GraphQLError(ex.Message));
        }

        return errors;
    }
}
