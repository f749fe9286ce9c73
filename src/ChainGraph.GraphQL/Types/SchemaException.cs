namespace ChainGraph.GraphQL.Types;

/// <summary>Thrown by <see cref="SchemaBuilder.Build"/> when the schema is invalid; lists every problem found.</summary>
public sealed class SchemaException : Exception
{
    /// <summary>Creates the exception from the error messages.</summary>
    public SchemaException(IReadOnlyList<string> errors)
        : base("Invalid schema:" + string.Concat(errors.Select(e => "\n  - " + e)))
    {
        Errors = errors;
    }

    /// <summary>One message per problem, in the order found.</summary>
    public IReadOnlyList<string> Errors { get; }
}
