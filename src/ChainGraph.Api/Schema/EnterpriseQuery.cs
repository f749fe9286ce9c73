using System.Numerics;
using System.Runtime.CompilerServices;
using ChainGraph.Domain.Tables;
using ChainGraph.Api.Security;

namespace ChainGraph.Api.Schema;

/// <summary>
/// The <c>enterprises(where, orderBy)</c> filter and sort over a snapshot, as a list of enterprise indices. A chain or
/// segment filter starts from that chain's or segment's member lists (thousands of a million firms) instead of a pass
/// over every firm; the other conditions are tested on what remains (<see cref="EnterpriseConditions"/>). Matches are
/// marked in a bitmap (a firm in several segments counts once) at their rank in the table's <see cref="OutputOrder"/>,
/// made once per snapshot, so the default order is read back without a sort; another order sorts the matches on typed
/// keys.
/// </summary>
public static class EnterpriseQuery
{
    public static IReadOnlyList<int> Run(AnalysisSnapshot s, Caller caller, IReadOnlyDictionary<string, object?>? where,
        IReadOnlyList<IReadOnlyDictionary<string, object?>>? orderBy)
    {
        var w = where ?? new Dictionary<string, object?>();
        var scope = Scope(s, w);
        var conditions = new EnterpriseConditions(s, caller, w);
        var all = s.Dataset.Enterprises;
        var sorted = orderBy is not { Count: > 0 };
        if (sorted && all.ByOutputIfMade is { } order) return Collect(Mark(conditions, scope, all.Count, order.Ranks), order.Rows);
        // Until the snapshot's order is made (SnapshotWarmer makes it after each load) the matches are sorted here.
        var matches = Collect(Mark(conditions, scope, all.Count, []), []);
        return sorted ? OutputOrder.Sort(all, matches) : Sort(all, matches, orderBy!);
    }

    /// <summary>
    /// The member lists a chain or segment filter starts from (a firm may be in several), and the chain's members by row
    /// when both are asked for; null when neither is.
    /// </summary>
    private sealed record Members(IReadOnlyList<IReadOnlyList<int>> Lists, ulong[]? Within);

    private static Members? Scope(AnalysisSnapshot s, IReadOnlyDictionary<string, object?> w)
    {
        var index = s.Analyzer.Index;
        IReadOnlyList<IReadOnlyList<int>>? chainMembers = null;
        if (w.GetValueOrDefault("chainId") as string is { } chain)
        {
            if (!index.HasChain(chain)) throw new GraphQLException($"unknown chain '{chain}'", ErrorCodes.NotFound);
            chainMembers = [.. index.OrderedSegments[chain].Select(index.Members)];
        }
        if (w.GetValueOrDefault("segmentId") as string is { } segmentId)
        {
            var segment = s.Segment(segmentId) ?? throw new GraphQLException($"unknown segment '{segmentId}'", ErrorCodes.NotFound);
            var within = chainMembers is null ? null : Rows(s.Dataset.Enterprises.Count, chainMembers);
            return new Members([index.Members(segment.Index)], within);
        }
        return chainMembers is null ? null : new Members(chainMembers, null);
    }

    private static ulong[] Rows(int count, IReadOnlyList<IReadOnlyList<int>> lists)
    {
        var rows = new ulong[(count + 63) >> 6];
        foreach (var list in lists)
            for (var i = 0; i < list.Count; i++) Set(rows, list[i]);
        return rows;
    }

    // The one pass over the candidates: optimized from its first call (a fresh process's first filter would otherwise
    // run a million rows through unoptimized code). Marks each match's position: its rank, or its row when ranks is empty.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ulong[] Mark(EnterpriseConditions conditions, Members? scope, int count, ReadOnlySpan<int> ranks)
    {
        var marks = new ulong[(count + 63) >> 6];
        var ranked = !ranks.IsEmpty;
        if (scope is null)
        {
            for (var e = 0; e < count; e++)
                if (conditions.Passes(e)) Set(marks, ranked ? ranks[e] : e);
            return marks;
        }
        var within = scope.Within;
        foreach (var list in scope.Lists)
        {
            for (var i = 0; i < list.Count; i++)
            {
                var e = list[i];
                if ((within is null || IsSet(within, e)) && conditions.Passes(e)) Set(marks, ranked ? ranks[e] : e);
            }
        }
        return marks;
    }

    // The marked positions in order, each mapped through rows (the position itself when rows is empty).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int[] Collect(ulong[] marks, ReadOnlySpan<int> rows)
    {
        var count = 0;
        foreach (var word in marks) count += BitOperations.PopCount(word);
        var items = new int[count];
        var next = 0;
        for (var w = 0; w < marks.Length; w++)
        {
            for (var bits = marks[w]; bits != 0; bits &= bits - 1)
            {
                var position = (w << 6) + BitOperations.TrailingZeroCount(bits);
                items[next++] = rows.IsEmpty ? position : rows[position];
            }
        }
        return items;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Set(ulong[] bits, int i) => bits[i >> 6] |= 1UL << i;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsSet(ulong[] bits, int i) => (bits[i >> 6] & (1UL << i)) != 0;

    private static int[] Sort(EnterpriseTable all, int[] matches, IReadOnlyList<IReadOnlyDictionary<string, object?>> orderBy)
    {
        // The id breaks ties so cursors stay stable.
        var comparisons = orderBy.Select(key => Comparison(all, key))
            .Append((a, b) => all.Ids.Bytes(a).SequenceCompareTo(all.Ids.Bytes(b)))
            .ToArray();
        Array.Sort(matches, (a, b) =>
        {
            foreach (var compare in comparisons)
                if (compare(a, b) is var order and not 0) return order;
            return 0;
        });
        return matches;
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
