using ChainGraph.Domain;
using ChainGraph.Analysis.Risk.Assessment;
using ChainGraph.Api.Security;

namespace ChainGraph.Api.Schema;

/// <summary>
/// The <c>enterprises(where, orderBy)</c> filter and sort over a snapshot, as a list of enterprise indices. A chain or
/// segment filter starts from that chain's or segment's member lists (thousands of a million firms) instead of a pass
/// over every firm; the other conditions are tested on what remains, and the sort compares typed keys.
/// </summary>
public static class EnterpriseQuery
{
    public static IReadOnlyList<int> Run(AnalysisSnapshot s, Caller caller, IReadOnlyDictionary<string, object?>? where,
        IReadOnlyList<IReadOnlyDictionary<string, object?>>? orderBy)
    {
        var w = where ?? new Dictionary<string, object?>();
        var scope = Scope(s, w);
        var predicates = Predicates(s, caller, w).ToArray();
        var matches = new List<int>();
        foreach (var e in scope ?? Enumerable.Range(0, s.Dataset.Enterprises.Count))
        {
            if (All(predicates, e)) matches.Add(e);
        }
        return Sort(s, matches, orderBy);
    }

    private static bool All(Func<int, bool>[] predicates, int e)
    {
        foreach (var p in predicates)
            if (!p(e)) return false;
        return true;
    }

    // The members of the chain's segments and/or of the segment, in index order; null when neither is asked for.
    private static IEnumerable<int>? Scope(AnalysisSnapshot s, IReadOnlyDictionary<string, object?> w)
    {
        var index = s.Analyzer.Index;
        HashSet<int>? scope = null;
        if (Text(w, "chainId") is { } chain)
        {
            if (!index.HasChain(chain)) throw new GraphQLException($"unknown chain '{chain}'", ErrorCodes.NotFound);
            scope = [.. index.OrderedSegments[chain].SelectMany(index.Members)];
        }
        if (Text(w, "segmentId") is { } segmentId)
        {
            var segment = s.Segment(segmentId) ?? throw new GraphQLException($"unknown segment '{segmentId}'", ErrorCodes.NotFound);
            var members = index.Members(segment.Index);
            scope = scope is null ? [.. members] : [.. members.Where(scope.Contains)];
        }
        return scope?.Order();
    }

    private static string? Text(IReadOnlyDictionary<string, object?> w, string key) => w.GetValueOrDefault(key) as string;

    private static IEnumerable<Func<int, bool>> Predicates(AnalysisSnapshot s, Caller caller, IReadOnlyDictionary<string, object?> w)
    {
        var all = s.Dataset.Enterprises;
        if (w.GetValueOrDefault("role") is SegmentRole role) yield return e => s.Memberships(e).Any(m => m.Role == role);
        if (Text(w, "district") is { } district) yield return e => all[e].District == district;
        if (Text(w, "region") is { } region) yield return e => all[e].Region == region;
        if (Text(w, "country") is { } country) yield return e => string.Equals(all[e].Country, country, StringComparison.OrdinalIgnoreCase);
        if (w.GetValueOrDefault("location") is Location location) yield return e => all[e].Location == location;
        if (w.GetValueOrDefault("labels") is IEnumerable<object?> labels)
        {
            var required = labels.OfType<EnterpriseLabels>().Aggregate(EnterpriseLabels.None, (a, l) => a | l);
            yield return e => (all[e].Labels & required) == required;
        }
        if (w.GetValueOrDefault("tier") is DengfengTier tier) yield return e => all[e].Tier == tier;
        if (w.GetValueOrDefault("status") is EnterpriseStatus status) yield return e => all[e].Status == status;
        if (Number(w, "minOutput") is { } min) yield return e => all[e].AnnualOutput >= min;
        if (Number(w, "maxOutput") is { } max) yield return e => all[e].AnnualOutput <= max;
        if (Text(w, "nameContains") is { Length: > 0 } name)
            yield return e => all[e].Name.Contains(name, StringComparison.OrdinalIgnoreCase);
        if (w.GetValueOrDefault("riskLevel") is RiskLevel level)
        {
            if (!caller.Has(Role.Analyst))
                throw new GraphQLException("filtering by riskLevel needs the analyst role", ErrorCodes.Forbidden);
            var levels = StructuralRisk.AllLevels(s);
            yield return e => levels[e] == level;
        }
    }

    private static double? Number(IReadOnlyDictionary<string, object?> w, string key) => w.GetValueOrDefault(key) switch
    {
        null => null,
        var value => Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture),
    };

    private static IReadOnlyList<int> Sort(AnalysisSnapshot s, List<int> matches,
        IReadOnlyList<IReadOnlyDictionary<string, object?>>? orderBy)
    {
        var all = s.Dataset.Enterprises;
        var keys = orderBy is { Count: > 0 }
            ? orderBy
            : [new Dictionary<string, object?> { ["field"] = "ANNUAL_OUTPUT", ["direction"] = "DESC" }];
        // The id breaks ties so cursors stay stable.
        var comparisons = keys.Select(key => Comparison(all, key)).Append((a, b) => string.CompareOrdinal(all[a].Id, all[b].Id)).ToArray();
        matches.Sort((a, b) =>
        {
            foreach (var compare in comparisons)
                if (compare(a, b) is var order and not 0) return order;
            return 0;
        });
        return matches;
    }

    private static Comparison<int> Comparison(IReadOnlyList<Enterprise> all, IReadOnlyDictionary<string, object?> key)
    {
        Comparison<int> ascending = (key["field"] as string) switch
        {
            "NAME" => (a, b) => Comparer<string>.Default.Compare(all[a].Name, all[b].Name),
            "ID" => (a, b) => Comparer<string>.Default.Compare(all[a].Id, all[b].Id),
            "FOUNDED" => (a, b) => Nullable.Compare(all[a].Founded, all[b].Founded),
            _ => (a, b) => all[a].AnnualOutput.CompareTo(all[b].AnnualOutput),
        };
        return key.GetValueOrDefault("direction") as string == "DESC" ? (a, b) => ascending(b, a) : ascending;
    }
}
