namespace ChainGraph.Storage.Tests.Contract;

/// <summary>A test that needs a live Neo4j; skipped with <see cref="LiveNeo4j.SkipReason"/> when <c>NEO4J_URI</c> is not set.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class Neo4jFactAttribute : FactAttribute
{
    public Neo4jFactAttribute()
    {
        if (LiveNeo4j.SkipReason is { } reason) Skip = reason;
    }
}
