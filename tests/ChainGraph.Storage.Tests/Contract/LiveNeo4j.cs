using ChainGraph.Storage.Neo4j;

namespace ChainGraph.Storage.Tests.Contract;

/// <summary>
/// The live Neo4j the suites use when <c>NEO4J_URI</c> is set (its HTTP address, e.g. <c>http://localhost:7474</c> or
/// <c>neo4j://localhost:7474/neo4j</c>; credentials in the URI or <c>NEO4J_USER</c>/<c>NEO4J_PASSWORD</c>). Point it at
/// a scratch database: the contract suite deletes every ChainGraph node in it before each test.
/// </summary>
public static class LiveNeo4j
{
    public const string UriVariable = "NEO4J_URI";

    private const string Wipe =
        "MATCH (n) WHERE n:Enterprise OR n:Chain OR n:Segment OR n:Event OR n:ChainGraphMeta OR n:ChainGraphImport DETACH DELETE n";

    /// <summary>Why live tests are skipped, or null when a server is configured.</summary>
    public static string? SkipReason => string.IsNullOrEmpty(Environment.GetEnvironmentVariable(UriVariable))
        ? $"{UriVariable} not set: set it (and {Neo4jOptions.UserVariable}/{Neo4jOptions.PasswordVariable}) to the HTTP address of a scratch Neo4j 5 database to run the live Neo4j tests"
        : null;

    public static Neo4jOptions Options() => new() { Uri = new Uri(Environment.GetEnvironmentVariable(UriVariable)!) };

    /// <summary>A store on an emptied database.</summary>
    public static async Task<Neo4jGraphStore> OpenEmpty()
    {
        using (var client = new Neo4jHttpClient(Options()))
            (await client.RunAsync(new Neo4jStatement(Wipe))).Dispose();
        return await Neo4jGraphStore.OpenAsync(Options());
    }
}
