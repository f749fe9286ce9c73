using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChainGraph.Cli.Tests.Commands;
using ChainGraph.Tests;
using Microsoft.VisualBasic.FileIO;

namespace ChainGraph.Cli.Tests.Figures;

/// <summary>
/// `chaingraph figures` through the real program on the bundled sample; 本地配套率 recomputed here from the raw CSV files
/// (supplies, enterprises, memberships, events), without the product's code.
/// </summary>
public sealed class FiguresCommandTests : IDisposable
{
    private static readonly string[] Ring = ["东莞", "惠州", "河源", "汕尾"];
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "chaingraph-cli-tests", Guid.NewGuid().ToString("N"));

    public FiguresCommandTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private JsonElement Figures(params string[] args)
    {
        var result = CliProcess.Run(_folder, ["figures", "--format", "json", .. args]);
        result.ExitCode.Should().Be(0, result.Error);
        return JsonDocument.Parse(result.Output).RootElement;
    }

    [Theory]
    [InlineData("nev")]
    [InlineData("ic")]
    public void Figures_Sample_LocalSupplyShareEqualsTheRawSuppliesRecount(string chainId)
    {
        var root = Figures();
        var asOf = DateOnly.Parse(root.GetProperty("asOf").GetString()!, CultureInfo.InvariantCulture);
        var chain = root.GetProperty("chains").EnumerateArray().Single(c => c.GetProperty("id").GetString() == chainId);

        var (local, near, total) = Recount(chainId, asOf);

        total.Should().BeGreaterThan(0);
        chain.GetProperty("inputValue").GetDouble().Should().BeApproximately(total, total * 1e-5);
        chain.GetProperty("localSupplyShare").GetDouble().Should().BeApproximately(local / total, 1e-5);
        chain.GetProperty("nearSupplyShare").GetDouble().Should().BeApproximately(near / total, 1e-5);
    }

    [Fact]
    public void Figures_Sample_DistrictsShareOutTheChainsInputAndFirms()
    {
        var root = Figures();
        double Sum(string list, Func<JsonElement, double> of) => root.GetProperty(list).EnumerateArray().Sum(of);

        Sum("districts", d => d.GetProperty("inputValue").GetDouble()).Should().BeApproximately(Sum("chains", c => c.GetProperty("inputValue").GetDouble()), 1);
        var local = Table("enterprises.csv").Count(r => r["district"].Length > 0);
        Sum("districts", d => d.GetProperty("firmsByClass").EnumerateObject().Sum(p => p.Value.GetInt32()) + d.GetProperty("unclassified").GetInt32()).Should().Be(local);
        root.GetProperty("chains").EnumerateArray().Should().OnlyContain(c => c.GetProperty("changes").ValueKind == JsonValueKind.Null);
        root.GetProperty("definition").GetString().Should().Contain("本地配套率");
    }

    [Fact]
    public void Figures_ComparedWithAnEditedEarlierChecklist_CountsNewAndResolvedInTheirChain()
    {
        var checklist = CliProcess.Run(_folder, "checklist", "--format", "json");
        checklist.ExitCode.Should().Be(0, checklist.Error);
        var old = JsonNode.Parse(checklist.Output)!;
        var items = old["items"]!.AsArray();
        var dropped = items.First(i => (string)i!["chainId"]! == "nev")!;
        items.Remove(dropped);
        items.Add(new JsonObject { ["id"] = "link:nev:ghost-segment", ["severity"] = 0.5, ["type"] = "weak" });
        var path = Path.Combine(_folder, "old.json");
        File.WriteAllText(path, old.ToJsonString());

        var nev = Figures("--compare", path).GetProperty("chains").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "nev");

        var changes = nev.GetProperty("changes");
        changes.GetProperty("new").GetInt32().Should().Be(1);
        changes.GetProperty("resolved").GetInt32().Should().Be(1);
        (changes.GetProperty("unchanged").GetInt32() + 1).Should().Be(nev.GetProperty("items").GetInt32());
    }

    private static (double Local, double Near, double Total) Recount(string chainId, DateOnly asOf)
    {
        var segments = Table("segments.csv").Where(r => r["chain_id"] == chainId).Select(r => r["id"]).ToHashSet();
        var firms = Table("enterprises.csv").ToDictionary(r => r["id"]);
        var closed = Table("events.csv").Where(r => r["type"] == "closure" && DateOnly.Parse(r["date"], CultureInfo.InvariantCulture) > asOf.AddMonths(-24))
            .Select(r => r["enterprise_id"]).ToHashSet();
        var coreOrOwner = Table("enterprise_segments.csv").Where(r => segments.Contains(r["segment_id"]) && r["role"] != "supplier").Select(r => r["enterprise_id"]).ToHashSet();
        bool Live(string id) => firms[id]["status"] == "active" && !closed.Contains(id);
        double local = 0, near = 0, total = 0;
        foreach (var row in Table("supplies.csv").Where(r => segments.Contains(r["segment_id"])))
        {
            var (supplier, customer) = (row["supplier_id"], row["customer_id"]);
            if (firms[customer]["district"].Length == 0 || !Live(customer) || !coreOrOwner.Contains(customer) || !Live(supplier)) continue;
            var value = double.Parse(row["annual_value"], CultureInfo.InvariantCulture);
            total += value;
            if (firms[supplier]["district"].Length > 0) local += value;
            if (firms[supplier]["district"].Length > 0 || Ring.Contains(firms[supplier]["city"])) near += value;
        }
        return (local, near, total);
    }

    private static List<Dictionary<string, string>> Table(string file)
    {
        using var parser = new TextFieldParser(RepositoryPaths.Of("import", "samples", "shenzhen", file)) { TextFieldType = FieldType.Delimited };
        parser.SetDelimiters(",");
        var header = parser.ReadFields()!;
        var rows = new List<Dictionary<string, string>>();
        while (parser.ReadFields() is { } fields) rows.Add(header.Zip(fields).ToDictionary(p => p.First, p => p.Second));
        return rows;
    }
}
