namespace ChainGraph.Storage.Tests.Neo4j;

/// <summary>An error <see cref="EmulatedNeo4j"/> reports in the <c>errors</c> array.</summary>
public sealed class EmulatedError(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
