namespace ChainGraph.GraphQL.Language;

/// <summary>The three operation types of GraphQL.</summary>
public enum OperationType
{
    /// <summary>A read-only fetch.</summary>
    Query,

    /// <summary>A write followed by a fetch; root fields run serially.</summary>
    Mutation,

    /// <summary>A long-lived request that streams events.</summary>
    Subscription,
}
