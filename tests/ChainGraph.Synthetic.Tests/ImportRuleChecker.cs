using System.Globalization;
using ChainGraph.Domain;

namespace ChainGraph.Synthetic.Tests;

/// <summary>
/// The importer's rules, written again from the task statement (not from the importer) so generated data is checked
/// independently: unique ids, references, supply rules, share sums, acyclic in-chain links, owners ≥ 100亿, events.
/// </summary>
internal static class ImportRuleChecker
{
    public static List<string> Check(string directory)
    {
        var files = new GeneratedFiles(directory);
        var violations = new List<string>();
        CheckIds(files, violations);
        CheckLinks(files, violations);
        CheckMemberships(files, violations);
        CheckSupplies(files, violations);
        CheckEvents(files, violations);
        return violations;
    }

    private static void CheckIds(GeneratedFiles f, List<string> v)
    {
        Unique(f.Chains.Values("id"), "chains.id", v);
        Unique(f.Segments.Values("id"), "segments.id", v);
        Unique(f.Enterprises.Values("id"), "enterprises.id", v);
        v.AddRange(f.Enterprises.Values("id").Where(id => !CreditCode.IsValid(id)).Select(id => $"invalid credit code {id}"));
        v.AddRange(f.Segments.Values("chain_id").Where(c => !f.ChainIds.Contains(c)).Select(c => $"segment of unknown chain {c}"));
    }

    private static void CheckLinks(GeneratedFiles f, List<string> v)
    {
        var links = f.Links.Rows.Select(r => (From: r[0], To: r[1])).ToList();
        foreach (var (from, to) in links)
        {
            if (!f.ChainOfSegment.ContainsKey(from) || !f.ChainOfSegment.ContainsKey(to)) v.Add($"link to unknown segment {from}->{to}");
            else if (f.ChainOfSegment[from] != f.ChainOfSegment[to]) v.Add($"link across chains {from}->{to}");
        }
        if (!IsAcyclic(links)) v.Add("segment links have a cycle");
    }

    private static void CheckMemberships(GeneratedFiles f, List<string> v)
    {
        var seen = new HashSet<(string, string)>();
        var output = f.Enterprises.Rows.ToDictionary(r => r[0], r => double.Parse(r[f.Enterprises.Column("annual_output")], CultureInfo.InvariantCulture));
        foreach (var r in f.Memberships.Rows)
        {
            if (!seen.Add((r[0], r[1]))) v.Add($"duplicate membership {r[0]} {r[1]}");
            if (!output.ContainsKey(r[0]) || !f.ChainOfSegment.ContainsKey(r[1])) v.Add($"membership with unknown reference {r[0]} {r[1]}");
            else if (r[2] == "owner" && output[r[0]] < 100) v.Add($"owner {r[0]} has output {output[r[0]]} < 100");
            if (r[2] is not ("owner" or "core" or "supplier")) v.Add($"unknown role {r[2]}");
        }
    }

    private static void CheckSupplies(GeneratedFiles f, List<string> v)
    {
        var seen = new HashSet<(string, string, string)>();
        var sums = new Dictionary<(string, string), double>();
        var s = f.Supplies;
        foreach (var r in s.Rows)
        {
            var (supplier, customer, segment) = (r[0], r[1], r[2]);
            var share = double.Parse(r[s.Column("share")], CultureInfo.InvariantCulture);
            if (supplier == customer) v.Add($"self supply {supplier}");
            if (!seen.Add((supplier, customer, segment))) v.Add($"duplicate supply {supplier} {customer} {segment}");
            if (!f.SegmentsOf(supplier).Contains(segment)) v.Add($"supplier {supplier} not in {segment}");
            if (!f.ChainOfSegment.TryGetValue(segment, out var chain)) v.Add($"supply of unknown segment {segment}");
            else if (!f.SegmentsOf(customer).Any(x => f.ChainOfSegment[x] == chain)) v.Add($"customer {customer} not in chain {chain}");
            if (share is <= 0 or > 1) v.Add($"share {share} out of range");
            sums[(customer, segment)] = sums.GetValueOrDefault((customer, segment)) + share;
        }
        v.AddRange(sums.Where(kv => kv.Value > 1 + 1e-9).Select(kv => $"shares of {kv.Key} sum to {kv.Value}"));
    }

    private static void CheckEvents(GeneratedFiles f, List<string> v)
    {
        var ids = f.Enterprises.Values("id").ToHashSet();
        var seen = new HashSet<(string, string, string)>();
        foreach (var r in f.Events.Rows)
        {
            if (!ids.Contains(r[0])) v.Add($"event of unknown enterprise {r[0]}");
            if (!seen.Add((r[0], r[1], r[2]))) v.Add($"duplicate event {r[0]} {r[1]} {r[2]}");
            if (string.CompareOrdinal(r[1], "2019-01-01") < 0 || string.CompareOrdinal(r[1], "2026-09-30") > 0) v.Add($"event date {r[1]} outside history");
            if (!Vocabulary.TryParse<EventType>(r[2], out _)) v.Add($"unknown event type {r[2]}");
            if (double.Parse(r[3], CultureInfo.InvariantCulture) is < 0 or > 1) v.Add($"severity {r[3]} out of range");
        }
    }

    private static void Unique(IEnumerable<string> ids, string what, List<string> v) =>
        v.AddRange(ids.GroupBy(i => i).Where(g => g.Count() > 1).Select(g => $"duplicate {what} {g.Key}"));

    private static bool IsAcyclic(List<(string From, string To)> links)
    {
        var indegree = links.SelectMany(l => new[] { l.From, l.To }).Distinct().ToDictionary(n => n, _ => 0);
        foreach (var l in links) indegree[l.To]++;
        var ready = new Queue<string>(indegree.Where(kv => kv.Value == 0).Select(kv => kv.Key));
        var visited = 0;
        while (ready.TryDequeue(out var node))
        {
            visited++;
            foreach (var l in links.Where(l => l.From == node))
            {
                if (--indegree[l.To] == 0) ready.Enqueue(l.To);
            }
        }
        return visited == indegree.Count;
    }
}
