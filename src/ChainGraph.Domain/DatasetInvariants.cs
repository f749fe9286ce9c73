using ChainGraph.Domain.Tables;

namespace ChainGraph.Domain;

/// <summary>The table invariants a <see cref="Dataset"/> keeps; a violation is an <see cref="InvalidDataException"/>.</summary>
internal static class DatasetInvariants
{
    /// <summary>Checks every invariant; returns the enterprise and membership tables, which the check builds anyway.</summary>
    public static (EnterpriseTable, MembershipTable) Check(DatasetBuilder t)
    {
        var enterprises = EnterpriseTable.From(t.Enterprises);
        var chains = Ids(t.Chains.Select(c => c.Id), "chain");
        var segments = Ids(t.Segments.Select(s => s.Id), "segment");
        Ids(t.Projects.Select(p => p.Id), "project");
        Known(chains.Contains, t.Segments.Select(s => s.ChainId), "a segment", "chain");
        Known(segments.Contains, t.SegmentLinks.SelectMany(l => new[] { l.From, l.To }), "a segment link", "segment");
        var memberships = MembershipTable.From(t.Memberships, enterprises, t.Segments);
        Known(id => enterprises.RowOf(id) >= 0, t.Events.Select(e => e.EnterpriseId), "an event", "enterprise");
        InRange(t.Supplies.Supplier, enterprises.Count, "supplier");
        InRange(t.Supplies.Customer, enterprises.Count, "customer");
        InRange(t.Supplies.Segment, t.Segments.Count, "segment");
        return (enterprises, memberships);
    }

    private static HashSet<string> Ids(IEnumerable<string> ids, string table)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in ids)
            if (!set.Add(id)) throw Inconsistent($"the {table} id '{id}' occurs twice");
        return set;
    }

    private static void Known(Func<string, bool> contains, IEnumerable<string> references, string who, string table)
    {
        foreach (var id in references)
            if (!contains(id)) throw Inconsistent($"{who} refers to the {table} '{id}', which does not exist");
    }

    private static void InRange(ReadOnlySpan<int> rows, int count, string column)
    {
        for (var i = 0; i < rows.Length; i++)
            if ((uint)rows[i] >= (uint)count) throw Inconsistent($"supply row {i} refers to a {column} row {rows[i]} that does not exist");
    }

    private static InvalidDataException Inconsistent(string what) => new($"the dataset is inconsistent: {what}");
}
