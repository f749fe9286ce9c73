using ChainGraph.Domain;
using ChainGraph.Domain.Tables;
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
    // Marks over the enterprise rows, not sets: a chain of a million-firm economy has a hundred thousand members.
    private static List<int>? Scope(AnalysisSnapshot s, IReadOnlyDictionary<string, object?> w)
    {
        var index = s.Analyzer.Index;
        var count = s.Dataset.Enterprises.Count;
        bool[]? marked = null;
        if (Text(w, "chainId") is { } chain)
        {
            if (!index.HasChain(chain)) throw new GraphQLException($"unknown chain '{chain}'", ErrorCodes.NotFound);
            marked = Marks(count, index.OrderedSegments[chain].SelectMany(index.Members));
        }
        if (Text(w, "segmentId") is { } segmentId)
        {
            var segment = s.Segment(segmentId) ?? throw new GraphQLException($"unknown segment '{segmentId}'", ErrorCodes.NotFound);
            var members = Marks(count, index.Members(segment.Index));
            if (marked is not null)
                for (var e = 0; e < count; e++) members[e] &= marked[e];
            marked = members;
        }
        if (marked is null) return null;
        var scope = new List<int>();
        for (var e = 0; e < count; e++)
            if (marked[e]) scope.Add(e);
        return scope;
    }

    private static bool[] Marks(int count, IEnumerable<int> rows)
    {
        var marks = new bool[count];
        foreach (var e in rows) marks[e] = true;
        return marks;
    }

    private static string? Text(IReadOnlyDictionary<string, object?> w, string key) => w.GetValueOrDefault(key) as string;

    private static IEnumerable<Func<int, bool>> Predicates(AnalysisSnapshot s, Caller caller, IReadOnlyDictionary<string, object?> w)
    {
        // Cheap tests first (numbers, flags), then texts, the location (a classification of four texts), memberships.
        var all = s.Dataset.Enterprises;
        if (Number(w, "minOutput") is { } min) yield return e => all.Output(e) >= min;
        if (Number(w, "maxOutput") is { } max) yield return e => all.Output(e) <= max;
        if (w.GetValueOrDefault("status") is EnterpriseStatus status) yield return e => all.Status(e) == status;
        if (w.GetValueOrDefault("tier") is DengfengTier tier) yield return e => all.Tier(e) == tier;
        if (w.GetValueOrDefault("labels") is IEnumerable<object?> labels)
        {
            var required = labels.OfType<EnterpriseLabels>().Aggregate(EnterpriseLabels.None, (a, l) => a | l);
            yield return e => (all.Labels(e) & required) == required;
        }
        // Texts compare as codes of the column's few distinct values: one array read per firm.
        if (Text(w, "district") is { } district) yield return Coded(all.District, v => v == district);
        if (Text(w, "region") is { } region) yield return Coded(all.Region, v => v == region);
        if (Text(w, "country") is { } country)
            yield return Coded(all.Country, v => string.Equals(v, country, StringComparison.OrdinalIgnoreCase));
        // The `location` field's own classification (the default metropolitan ring), made once per table.
        if (w.GetValueOrDefault("location") is Location location) yield return e => all.Location(e) == location;
        if (w.GetValueOrDefault("role") is SegmentRole role) yield return e => s.Memberships(e).Any(m => m.Role == role);
        if (Text(w, "nameContains") is { Length: > 0 } name)
            yield return e => all.Name(e).Contains(name, StringComparison.OrdinalIgnoreCase);
        if (w.GetValueOrDefault("riskLevel") is RiskLevel level)
        {
            if (!caller.Has(Role.Analyst))
                throw new GraphQLException("filtering by riskLevel needs the analyst role", ErrorCodes.Forbidden);
            var levels = StructuralRisk.AllLevels(s);
            yield return e => levels[e] == level;
        }
    }

    private static Func<int, bool> Coded(CodedTexts column, Func<string, bool> matches)
    {
        var hit = column.Values.Select(matches).ToArray();
        return e => column.Code(e) is var code and >= 0 && hit[code];
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
        if (orderBy is not { Count: > 0 }) return ByOutput(all, matches);
        // The id breaks ties so cursors stay stable.
        var comparisons = orderBy.Select(key => Comparison(all, key))
            .Append((a, b) => all.Ids.Bytes(a).SequenceCompareTo(all.Ids.Bytes(b)))
            .ToArray();
        matches.Sort((a, b) =>
        {
            foreach (var compare in comparisons)
                if (compare(a, b) is var order and not 0) return order;
            return 0;
        });
        return matches;
    }

    // The default order — output, largest first, the id breaking ties — as a sort of primitive keys: a chain's filter at a
    // million firms matches a hundred thousand, and comparing records through delegates took most of a first answer.
    private static int[] ByOutput(EnterpriseTable all, List<int> matches)
    {
        var items = matches.ToArray();
        var keys = new double[items.Length];
        for (var i = 0; i < items.Length; i++) keys[i] = -all.Output(items[i]);
        Array.Sort(keys, items);
        var byId = Comparer<int>.Create((a, b) => all.Ids.Bytes(a).SequenceCompareTo(all.Ids.Bytes(b)));
        for (var start = 0; start < items.Length;)
        {
            var end = start + 1;
            while (end < items.Length && keys[end] == keys[start]) end++;
            if (end - start > 1) Array.Sort(items, start, end - start, byId);
            start = end;
        }
        return items;
    }

    private static Comparison<int> Comparison(EnterpriseTable all, IReadOnlyDictionary<string, object?> key)
    {
        Comparison<int> ascending = (key["field"] as string) switch
        {
            "NAME" => (a, b) => Comparer<string>.Default.Compare(all.Name(a), all.Name(b)),
            "ID" => (a, b) => Comparer<string>.Default.Compare(all.Id(a), all.Id(b)),
            "FOUNDED" => (a, b) => Nullable.Compare(all.Founded(a), all.Founded(b)),
            _ => (a, b) => all.Output(a).CompareTo(all.Output(b)),
        };
        return key.GetValueOrDefault("direction") as string == "DESC" ? (a, b) => ascending(b, a) : ascending;
    }
}
