namespace ChainGraph.GraphQL.Validation;

/// <summary>Stops a validation walk once the error limit is reached.</summary>
internal sealed class ValidationAbortedException : Exception
{
    public ValidationAbortedException()
        : base("Too many validation errors, error limit reached. Validation aborted.")
    {
    }
}
