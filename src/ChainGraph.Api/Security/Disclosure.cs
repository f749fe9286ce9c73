namespace ChainGraph.Api.Security;

/// <summary>
/// What the service says about itself to whom: server file paths, store addresses and exception texts only to admins.
/// Everyone else learns the kind of store (<c>sqlite</c> or <c>neo4j</c>), never where it is.
/// </summary>
public static class Disclosure
{
    /// <summary><paramref name="location"/> itself for an admin; otherwise only the kind of store it names.</summary>
    public static string StoreFor(Caller? caller, string location) =>
        caller?.Has(Role.Admin) == true ? location : StoreKind(location);

    /// <summary><c>neo4j</c> for a Neo4j address, <c>sqlite</c> for an embedded store's file.</summary>
    public static string StoreKind(string location) =>
        location.StartsWith("neo4j", StringComparison.OrdinalIgnoreCase) || location.StartsWith("http", StringComparison.OrdinalIgnoreCase)
            ? "neo4j"
            : "sqlite";

    /// <summary>True when <paramref name="caller"/> may see paths, addresses and exception messages.</summary>
    public static bool ShowsDetail(Caller? caller) => caller?.Has(Role.Admin) == true;
}
