using System.Runtime.CompilerServices;
using ChainGraph.Domain;
using ChainGraph.Domain.Tables;
using ChainGraph.Analysis.Risk.Assessment;
using ChainGraph.Api.Security;

namespace ChainGraph.Api.Schema;

/// <summary>
/// The conditions of an <c>EnterpriseFilter</c> on a firm's own columns, tested row by row. Output and location — the
/// conditions of most filters — read their columns directly; the rarer ones are predicates. Lives on the stack for one
/// pass: it holds spans over the snapshot's columns.
/// </summary>
internal readonly ref struct EnterpriseConditions
{
    private readonly ReadOnlySpan<double> _output;
    private readonly ReadOnlySpan<Location> _locations;
    private readonly bool _hasMin;
    private readonly double _min;
    private readonly bool _hasMax;
    private readonly double _max;
    private readonly Location? _location;
    private readonly Func<int, bool>[] _others;

    /// <exception cref="GraphQLException">FORBIDDEN for a riskLevel condition without the analyst role.</exception>
    public EnterpriseConditions(AnalysisSnapshot s, Caller caller, IReadOnlyDictionary<string, object?> w)
    {
        var all = s.Dataset.Enterprises;
        _output = all.Columns.Output;
        (_hasMin, _min) = Number(w, "minOutput") is { } min ? (true, min) : (false, 0);
        (_hasMax, _max) = Number(w, "maxOutput") is { } max ? (true, max) : (false, 0);
        // The `location` field's own classification (the default metropolitan ring), made once per table.
        _location = w.GetValueOrDefault("location") as Location?;
        _locations = _location is null ? default : all.DefaultLocations;
        _others = [.. Predicates(s, caller, w)];
    }

    /// <summary>True when row <paramref name="e"/> meets every condition.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Passes(int e)
    {
        // NaN outputs fail both bounds, as `output >= min` and `output <= max` did.
        if (_hasMin && !(_output[e] >= _min)) return false;
        if (_hasMax && !(_output[e] <= _max)) return false;
        if (_location is { } location && _locations[e] != location) return false;
        foreach (var p in _others)
            if (!p(e)) return false;
        return true;
    }

    private static IEnumerable<Func<int, bool>> Predicates(AnalysisSnapshot s, Caller caller, IReadOnlyDictionary<string, object?> w)
    {
        // Cheap tests first (flags), then texts, memberships.
        var all = s.Dataset.Enterprises;
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

    private static string? Text(IReadOnlyDictionary<string, object?> w, string key) => w.GetValueOrDefault(key) as string;

    private static double? Number(IReadOnlyDictionary<string, object?> w, string key) => w.GetValueOrDefault(key) switch
    {
        null => null,
        var value => Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture),
    };
}
