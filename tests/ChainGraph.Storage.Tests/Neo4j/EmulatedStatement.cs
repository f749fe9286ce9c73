using System.Globalization;
using System.Text.Json;
using ChainGraph.Storage.Neo4j;
using C = ChainGraph.Storage.Neo4j.Neo4jCypher;
using Props = System.Collections.Generic.Dictionary<string, object?>;

namespace ChainGraph.Storage.Tests.Neo4j;

/// <summary>Executes one statement of <see cref="Neo4jCypher"/> on an <see cref="EmulatedGraph"/> (see <see cref="EmulatedNeo4j"/>).</summary>
internal sealed class EmulatedStatement(EmulatedGraph g, JsonElement parameters)
{
    private static readonly string[] EnterpriseProps =
        ["name", "district", "region", "country", "industry_code", "annual_output", "revenue", "tax", "employees", "rd_ratio", "energy_per_output", "market_share", "founded", "labels", "status", "city", "compliance", "land_area"];

    public (string[] Fields, object?[][] Rows) Execute(string statement)
    {
        if (statement.StartsWith("CREATE CONSTRAINT", StringComparison.Ordinal) || statement.StartsWith("CREATE INDEX", StringComparison.Ordinal)
            || statement.StartsWith("CALL db.awaitIndexes", StringComparison.Ordinal))
            return ([], []);
        var rows = statement switch
        {
            C.Version => [[g.DataVersion ?? 0]],
            C.Stats => [[(long)g.Enterprises.Count, (long)g.Chains.Count, (long)g.Segments.Count, (long)g.Supplies.Count, (long)g.Events.Count]],
            C.Lock => Lock(),
            C.Finish => Finish(),
            C.LoadChains => Page(g.Chains).Select(kv => Chain(kv.Key, kv.Value)).ToArray(),
            C.FetchChains => Rows().Where(r => g.Chains.ContainsKey(S(r, "id"))).Select(r => Chain(S(r, "id"), g.Chains[S(r, "id")])).ToArray(),
            C.WriteChains => Each(r => Set(Node(g.Chains, S(r, "id")), r, "name", "category")),
            C.LoadSegments => Page(g.Segments).Select(kv => Segment(kv.Key, kv.Value)).ToArray(),
            C.FetchSegments => Rows().Where(r => g.Segments.ContainsKey(S(r, "id"))).Select(r => Segment(S(r, "id"), g.Segments[S(r, "id")])).ToArray(),
            C.WriteSegments => Each(WriteSegment),
            C.LoadSegmentLinks => Ids().SelectMany(id => g.Feeds.Where(f => f.From == id)).Select(f => new object?[] { f.From, f.To }).ToArray(),
            C.FetchSegmentLinks => Rows().Where(r => g.Feeds.Contains((S(r, "from"), S(r, "to")))).Select(r => new object?[] { S(r, "from"), S(r, "to") }).ToArray(),
            C.WriteSegmentLinks => Each(r => { if (g.Segments.ContainsKey(S(r, "from")) && g.Segments.ContainsKey(S(r, "to"))) g.Feeds.Add((S(r, "from"), S(r, "to"))); }),
            C.LoadEnterprises => Page(g.Enterprises).Select(kv => Enterprise(kv.Key, kv.Value)).ToArray(),
            C.FetchEnterprises => Rows().Where(r => g.Enterprises.ContainsKey(S(r, "id"))).Select(r => Enterprise(S(r, "id"), g.Enterprises[S(r, "id")])).ToArray(),
            C.WriteEnterprises => Each(WriteEnterprise),
            C.LoadMemberships => Ids().SelectMany(id => g.InSegment.Where(m => m.Key.Enterprise == id)).Select(m => new object?[] { m.Key.Enterprise, m.Key.Segment, m.Value }).ToArray(),
            C.FetchMemberships => Rows().Select(r => (S(r, "enterprise_id"), S(r, "segment_id"))).Where(g.InSegment.ContainsKey)
                .Select(k => new object?[] { k.Item1, k.Item2, g.InSegment[k] }).ToArray(),
            C.WriteMemberships => Each(r => { if (g.Enterprises.ContainsKey(S(r, "enterprise_id")) && g.Segments.ContainsKey(S(r, "segment_id"))) g.InSegment[(S(r, "enterprise_id"), S(r, "segment_id"))] = S(r, "role"); }),
            C.DropStaleLeads => Each(() => g.Leads.RemoveWhere(l => !Owned().Contains(l))),
            C.AddLeads => Each(() => g.Leads.UnionWith(Owned())),
            C.SupplyCount => [[(long)g.Supplies.Count]],
            C.LoadSupplies => Ids().SelectMany(id => g.Supplies.Where(s => s.Key.Supplier == id)).Select(s => Supply(s.Key, s.Value, since: false)).ToArray(),
            C.FetchSupplies => Rows().Select(r => (S(r, "supplier_id"), S(r, "customer_id"), S(r, "segment_id"))).Where(g.Supplies.ContainsKey)
                .Select(k => Supply(k, g.Supplies[k], since: true)).ToArray(),
            C.WriteSupplies => Each(WriteSupply),
            C.LoadEvents => Ids().SelectMany(id => g.Events.Where(e => e.Key.Enterprise == id)).Select(e => Event(e.Key, e.Value)).ToArray(),
            C.FetchEvents => Rows().Select(r => (S(r, "enterprise_id"), S(r, "date"), S(r, "type"))).Where(g.Events.ContainsKey)
                .Select(k => Event(k, g.Events[k])).ToArray(),
            C.WriteEvents => Each(r => { if (g.Enterprises.ContainsKey(S(r, "enterprise_id"))) Set(Node(g.Events, (S(r, "enterprise_id"), S(r, "date"), S(r, "type"))), r, "severity:float"); }),
            C.LoadProjects => Page(g.Projects).Select(kv => Project(kv.Key, kv.Value)).ToArray(),
            C.FetchProjects => Rows().Where(r => g.Projects.ContainsKey(S(r, "id"))).Select(r => Project(S(r, "id"), g.Projects[S(r, "id")])).ToArray(),
            C.WriteProjects => Each(r => Set(Node(g.Projects, S(r, "id")), r, ProjectProps)),
            C.RemoveLedProjects => [[(long)RemoveWhere(g.Projects, p => Ids().Contains(p["lead_enterprise_id"]))]],
            C.DropPartners => [[(long)Ids().Sum(DropPartner)]],
            _ => throw new EmulatedError("Neo.ClientError.Statement.SyntaxError", "the emulator does not know this statement: " + statement),
        };
        return (Enumerable.Range(0, rows.Length == 0 ? 0 : rows[0].Length).Select(i => "c" + i).ToArray(), rows);
    }

    private static readonly string[] ProjectProps =
        ["item_id", "chain_id", "segment_id", "lead_enterprise_id", "partners", "goal", "budget:float", "investment:float", "instrument", "amount:float", "status", "quarter"];

    private static object?[] Project(string id, Props p) => [id, .. ProjectProps.Select(spec => p.GetValueOrDefault(spec.Split(':')[0]))];

    private static int RemoveWhere(SortedDictionary<string, Props> nodes, Func<Props, bool> match)
    {
        var gone = nodes.Where(kv => match(kv.Value)).Select(kv => kv.Key).ToList();
        foreach (var id in gone) nodes.Remove(id);
        return gone.Count;
    }

    private int DropPartner(string id)
    {
        var changed = 0;
        foreach (var props in g.Projects.Values.Where(p => p.GetValueOrDefault("partners") is object?[] list && list.Contains(id)))
        {
            props["partners"] = ((object?[])props["partners"]!).Where(x => !Equals(x, id)).ToArray();
            changed++;
        }
        return changed;
    }

    private object?[][] Lock()
    {
        g.DataVersion ??= 0;
        return [[g.DataVersion]];
    }

    private object?[][] Finish()
    {
        var bump = parameters.GetProperty("bump").GetInt64();
        g.DataVersion += bump;
        if (bump > 0) g.Imports++;
        return [[g.DataVersion]];
    }

    private void WriteSegment(JsonElement r)
    {
        if (!g.Chains.ContainsKey(S(r, "chain_id"))) return;
        Set(Node(g.Segments, S(r, "id")), r, "name", "stage", "key");
        g.PartOf[S(r, "id")] = S(r, "chain_id");
    }

    private void WriteEnterprise(JsonElement r) => Set(Node(g.Enterprises, S(r, "id")), r,
        "name", "district", "region", "country", "industry_code", "annual_output:float", "revenue:float", "tax:float", "employees:int",
        "rd_ratio:float", "energy_per_output:float", "market_share:float", "founded", "labels", "status", "city", "compliance", "land_area:float");

    private void WriteSupply(JsonElement r)
    {
        if (!g.Enterprises.ContainsKey(S(r, "supplier_id")) || !g.Enterprises.ContainsKey(S(r, "customer_id"))) return;
        Set(Node(g.Supplies, (S(r, "supplier_id"), S(r, "customer_id"), S(r, "segment_id"))), r,
            "share:float", "annual_value:float", "substitutability:float", "recovery_days:int", "since");
    }

    private HashSet<(string, string)> Owned() =>
        [.. g.InSegment.Where(m => m.Value == parameters.GetProperty("owner").GetString() && g.PartOf.ContainsKey(m.Key.Segment))
            .Select(m => (m.Key.Enterprise, g.PartOf[m.Key.Segment]))];

    private object?[] Chain(string id, Props p) => [id, p["name"], p["category"]];

    private object?[] Segment(string id, Props p) => [id, g.PartOf.GetValueOrDefault(id), p["name"], p["stage"], p["key"]];

    private static object?[] Enterprise(string id, Props p) => [id, .. EnterpriseProps.Select(name => p.GetValueOrDefault(name))];

    private static object?[] Supply((string, string, string) k, Props p, bool since) =>
        [k.Item1, k.Item2, k.Item3, p["share"], p.GetValueOrDefault("annual_value"), p.GetValueOrDefault("substitutability"), p.GetValueOrDefault("recovery_days"),
         .. since ? new[] { p.GetValueOrDefault("since") } : []];

    private static object?[] Event((string, string, string) k, Props p) => [k.Item1, k.Item2, k.Item3, p["severity"]];

    private IEnumerable<KeyValuePair<string, Props>> Page(SortedDictionary<string, Props> nodes)
    {
        var after = parameters.GetProperty("after").GetString()!;
        return nodes.Where(kv => string.CompareOrdinal(kv.Key, after) > 0).Take(parameters.GetProperty("limit").GetInt32());
    }

    private IEnumerable<JsonElement> Rows() => parameters.GetProperty("rows").EnumerateArray();

    private IEnumerable<string> Ids() => parameters.GetProperty("ids").EnumerateArray().Select(e => e.GetString()!);

    private object?[][] Each(Action<JsonElement> write)
    {
        foreach (var row in Rows()) write(row);
        return [];
    }

    private static object?[][] Each(Action write)
    {
        write();
        return [];
    }

    private static Props Node<TKey>(IDictionary<TKey, Props> nodes, TKey key)
    {
        if (!nodes.TryGetValue(key, out var props)) nodes[key] = props = [];
        return props;
    }

    /// <summary>SET p.x = row.x for each name (":float" = toFloat, ":int" = toInteger); null removes the property, as in Neo4j.</summary>
    private static void Set(Props props, JsonElement row, params string[] names)
    {
        foreach (var spec in names)
        {
            var (name, kind) = spec.Split(':') is [var n, var k] ? (n, k) : (spec, "");
            var value = Value(row.GetProperty(name), kind);
            if (value is null) props.Remove(name);
            else props[name] = value;
        }
    }

    private static object? Value(JsonElement e, string kind) => e.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.String => e.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Array => e.EnumerateArray().Select(x => x.GetString()).ToArray(),
        JsonValueKind.Number when kind == "int" => e.GetInt64(),
        JsonValueKind.Number => e.GetDouble(),
        _ => throw new EmulatedError("Neo.ClientError.Statement.TypeError", "unexpected " + e.ValueKind),
    };

    private static string S(JsonElement row, string name) =>
        row.GetProperty(name).GetString() ?? throw new EmulatedError("Neo.ClientError.Statement.TypeError", name + " is null");
}
