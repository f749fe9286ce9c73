namespace ChainGraph.GraphQL;

/// <summary>Which operation types a request may execute (e.g. queries only for HTTP GET).</summary>
[Flags]
public enum OperationKinds
{
    /// <summary>None.</summary>
    None = 0,

    /// <summary>Query operations.</summary>
    Query = 1,

    /// <summary>Mutation operations.</summary>
    Mutation = 2,

    /// <summary>Subscription operations.</summary>
    Subscription = 4,

    /// <summary>Every operation type.</summary>
    All = Query | Mutation | Subscription,
}
