namespace ChainGraph.Storage.Tests.Contract;

/// <summary>Marks a contract class that needs a live Neo4j: its <see cref="ContractFactAttribute"/> tests are skipped, with <see cref="LiveNeo4j.SkipReason"/>, when none is configured.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RequiresNeo4jAttribute : Attribute;
