using ChainGraph.Domain;
using ChainGraph.Analysis.Risk.Assessment;
using ChainGraph.Api.Security;

namespace ChainGraph.Api.Schema;

/// <summary>The <c>enterprises(where, orderBy)</c> filter and sort over a snapshot, as a list of enterprise indices.</summary>
public static class EnterpriseQuery
{
    public static IReadOnlyList<int> Run(AnalysisSnapshot s, Caller caller, IReadOnlyDictionary<string, object?>? where, IReadOnlyList<IReadOnlyDictionary<string, object?>>? orderBy)
    {
        var predicates = Predicates(s, caller, where ?? new Dictionary<string, object?>()).ToList();
        var enterprises = s.Dataset.Enterprises;
        var matches = new List<int>();
        for (var e = 0; e < enterprises.Count; e++)
        {
            if (predicates.All(p => p(e))) matches.Add(e);
        }
        return Sort(s, matches, orderBy);
    }

    private static IEnumerable<Func<int, bool>> Predicates(AnalysisSnapshot s, Caller caller, IReadOnlyDictionary<string, object?> w)
    {
        var all = s.Dataset.Enterprises;
        string? Text(string key) => w.GetValueOrDefault(key) as string;
        if (Text("chainId") is { } chain)
        {
            if (s.Chain(chain) is null) throw new GraphQLException($"unknown chain '{chain}'", ErrorCodes.NotFound);
            yield return e => s.Memberships(e).Any(m => s.Dataset.Segments[m.Segment].ChainId == chain);
        }
        if (Text("segmentId") is { } segmentId)
        {
            var segment = s.Segment(segmentId) ?? throw new GraphQLException($"unknown segment '{segmentId}'", ErrorCodes.NotFound);
            yield return e => s.Memberships(e).Any(m => m.Segment == segment.Index);
        }
        if (w.GetValueOrDefault("role") is SegmentRole role) yield return e => s.Memberships(e).Any(m => m.Role == role);
        if (Text("district") is { } district) yield return e => all[e].District == district;
        if (Text("region") is { } region) yield return e => all[e].Region == region;
        if (Text("country") is { } country) yield return e => string.Equals(all[e].Country, country, StringComparison.OrdinalIgnoreCase);
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
        if (Text("nameContains") is { Length: > 0 } name) yield return e => all[e].Name.Contains(name, StringComparison.OrdinalIgnoreCase);
        if (w.GetValueOrDefault("riskLevel") is RiskLevel level)
        {
            if (!caller.Has(Role.Analyst)) throw new GraphQLException("filtering by riskLevel needs the analyst role", ErrorCodes.Forbidden);
            var levels = StructuralRisk.AllLevels(s);
            yield return e => levels[e] == level;
        }
    }

    private static double? Number(IReadOnlyDictionary<string, object?> w, string key) => w.GetValueOrDefault(key) switch
    {
        null => null,
        var value => Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture),
    };

    private static IReadOnlyList<int> Sort(AnalysisSnapshot s, List<int> matches, IReadOnlyList<IReadOnlyDictionary<string, object?>>? orderBy)
    {
        var all = s.Dataset.Enterprises;
        var keys = orderBy is { Count: > 0 } ? orderBy : [new Dictionary<string, object?> { ["field"] = "ANNUAL_OUTPUT", ["direction"] = "DESC" }];
        IOrderedEnumerable<int>? sorted = null;
        foreach (var key in keys)
        {
            var descending = key.GetValueOrDefault("direction") as string == "DESC";
            Func<int, IComparable?> selector = (key["field"] as string) switch
            {
                "NAME" => e => all[e].Name,
                "ID" => e => all[e].Id,
                "FOUNDED" => e => all[e].Founded,
                _ => e => all[e].AnnualOutput,
            };
            sorted = sorted is null
                ? (descending ? matches.OrderByDescending(selector) : matches.OrderBy(selector))
                : (descending ? sorted.ThenByDescending(selector) : sorted.ThenBy(selector));
        }
        // The id breaks ties so cursors stay stable.
        return [.. sorted!.ThenBy(e => all[e].Id, StringComparer.Ordinal)];
    }
}
