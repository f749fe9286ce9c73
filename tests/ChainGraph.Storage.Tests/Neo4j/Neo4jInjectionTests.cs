using System.Reflection;
using System.Text;
using System.Text.Json;
using ChainGraph.Storage.Import;
using ChainGraph.Storage.Neo4j;
using ChainGraph.Storage.Tests.Contract;

namespace ChainGraph.Storage.Tests.Neo4j;

/// <summary>
/// Every statement the store sends while importing and loading hostile records is one of its compile-time
/// constants, and no record value appears in any statement text: values travel only in <c>parameters</c>.
/// </summary>
public sealed class Neo4jInjectionTests : IDisposable
{
    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData(Neo4jProtocol.QueryApi, "5.26.0")]
    [InlineData(Neo4jProtocol.Transactional, "5.12.0")]
    public async Task ImportAndLoad_HostileRecords_StatementsAreConstantsAndValuesOnlyInParameters(Neo4jProtocol protocol, string version)
    {
        WriteHostileImport();
        var neo4j = new EmulatedNeo4j(protocol, version);
        await using var server = await FakeNeo4jServer.StartAsync(neo4j.Respond);
        using var store = await Neo4jGraphStore.OpenAsync(server.Options());

        (await Importer.ImportAsync(store, ImportSource.FromDirectory(_folder.Import))).Written.Should().BeTrue();
        var dataset = await store.LoadDatasetAsync();

        dataset.Enterprises.Select(e => e.Name).Should().Contain(GraphStoreContract.HostileNames[1]);
        var statements = server.Statements.SelectMany(r => r.Statements).ToList();
        statements.Should().NotBeEmpty().And.OnlyContain(s => Constants.Contains(s), "every statement is a constant of Neo4jCypher or schema.cypher");
        var values = RecordValues();
        foreach (var statement in statements.Distinct())
            values.Where(v => statement.Contains(v, StringComparison.Ordinal)).Should().BeEmpty($"no record value may appear in: {statement}");
        var parameterValues = server.Statements.SelectMany(r => Strings(r.Parameters)).ToHashSet();
        parameterValues.Should().Contain(GraphStoreContract.HostileNames, "the hostile names did travel, as parameters");
    }

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        _ => [],
    };

    private static HashSet<string> Constants { get; } =
    [
        .. typeof(Neo4jCypher).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!),
        .. Neo4jSchema.Statements,
    ];

    /// <summary>Every distinct value of the import files that is long enough to be recognisable (ids, names, codes, dates).</summary>
    private HashSet<string> RecordValues()
    {
        var plan = new ImportPlan(ImportSource.FromDirectory(_folder.Import));
        IEnumerable<string?> all = plan.Enterprises.SelectMany(e => new[] { e.Id, e.Name, e.District, e.Region, e.IndustryCode })
            .Concat(plan.Chains.SelectMany(c => new[] { c.Id, c.Name }))
            .Concat(plan.Segments.SelectMany(s => new[] { s.Id, s.Name }))
            .Concat(plan.Events.Select(e => e.Date.ToString("yyyy-MM-dd")))
            .Concat(GraphStoreContract.HostileNames);
        return [.. all.Where(v => v is { Length: >= 4 }).Select(v => v!)];
    }

    private void WriteHostileImport()
    {
        _folder.Replace("chains.csv", "新能源汽车", Csv(GraphStoreContract.HostileNames[0]));
        _folder.Replace("enterprises.csv", "深圳市示例汽车股份有限公司", Csv(GraphStoreContract.HostileNames[1]));
        _folder.Replace("enterprises.csv", "江西示例锂业股份有限公司", Csv(GraphStoreContract.HostileNames[2]));
        _folder.Replace("segments.csv", "电芯", Csv(GraphStoreContract.HostileNames[3]));
        foreach (var file in Directory.GetFiles(_folder.Import, "*.csv"))
            File.WriteAllText(file, File.ReadAllText(file).Replace("nev-lithium", "lith'}) DETACH DELETE n //"), new UTF8Encoding(false));
    }

    private static string Csv(string value) => value.IndexOfAny([',', '"']) < 0 ? value : "\"" + value.Replace("\"", "\"\"") + "\"";
}
