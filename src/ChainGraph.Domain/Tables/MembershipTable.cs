namespace ChainGraph.Domain.Tables;

/// <summary>
/// Which enterprise serves which segment in which role, as three columns of rows (<see cref="Enterprise"/> indexes
/// <see cref="Dataset.Enterprises"/>, <see cref="Segment"/> indexes <see cref="Dataset.Segments"/>). The indexer makes an
/// <see cref="EnterpriseSegment"/> record on each call. Immutable.
/// </summary>
public sealed class MembershipTable : IReadOnlyList<EnterpriseSegment>
{
    private readonly int[] _enterprise, _segment;
    private readonly SegmentRole[] _role;
    private readonly EnterpriseTable _enterprises;
    private readonly IReadOnlyList<Segment> _segments;

    /// <exception cref="InvalidDataException">The columns differ in length, a row points nowhere or a role is undefined.</exception>
    public MembershipTable(int[] enterprise, int[] segment, SegmentRole[] role, EnterpriseTable enterprises,
        IReadOnlyList<Segment> segments)
    {
        if (segment.Length != enterprise.Length || role.Length != enterprise.Length)
            throw Inconsistent("the membership columns differ in length");
        for (var i = 0; i < enterprise.Length; i++)
        {
            if ((uint)enterprise[i] >= (uint)enterprises.Count)
                throw Inconsistent($"membership {i} refers to enterprise row {enterprise[i]}");
            if ((uint)segment[i] >= (uint)segments.Count) throw Inconsistent($"membership {i} refers to segment row {segment[i]}");
            if (!Enum.IsDefined(role[i])) throw Inconsistent($"{(int)role[i]} is not a segment role");
        }
        (_enterprise, _segment, _role, _enterprises, _segments) = (enterprise, segment, role, enterprises, segments);
    }

    /// <summary>The table of <paramref name="rows"/>, whose ids must all be known.</summary>
    /// <exception cref="InvalidDataException">A membership names an unknown enterprise or segment.</exception>
    public static MembershipTable From(IReadOnlyList<EnterpriseSegment> rows, EnterpriseTable enterprises, IReadOnlyList<Segment> segments)
    {
        if (rows is MembershipTable table && ReferenceEquals(table._enterprises, enterprises) && ReferenceEquals(table._segments, segments))
            return table;
        var segmentRows = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var s = 0; s < segments.Count; s++) segmentRows.TryAdd(segments[s].Id, s);
        var (enterprise, segment, role) = (new int[rows.Count], new int[rows.Count], new SegmentRole[rows.Count]);
        for (var i = 0; i < rows.Count; i++)
        {
            var m = rows[i];
            enterprise[i] = enterprises.RowOf(m.EnterpriseId) is var e and >= 0 ? e
                : throw Inconsistent($"a membership refers to the enterprise '{m.EnterpriseId}', which does not exist");
            segment[i] = segmentRows.TryGetValue(m.SegmentId, out var s) ? s
                : throw Inconsistent($"a membership refers to the segment '{m.SegmentId}', which does not exist");
            role[i] = m.Role;
        }
        return new MembershipTable(enterprise, segment, role, enterprises, segments);
    }

    public int Count => _enterprise.Length;

    public EnterpriseSegment this[int index] => new(_enterprises.Id(_enterprise[index]), _segments[_segment[index]].Id, _role[index]);

    /// <summary>The enterprise row of membership <paramref name="index"/>.</summary>
    public int Enterprise(int index) => _enterprise[index];

    /// <summary>The segment row of membership <paramref name="index"/>.</summary>
    public int Segment(int index) => _segment[index];

    public SegmentRole Role(int index) => _role[index];

    public IEnumerator<EnterpriseSegment> GetEnumerator()
    {
        for (var i = 0; i < Count; i++) yield return this[i];
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    private static InvalidDataException Inconsistent(string what) => new($"the dataset is inconsistent: {what}");
}
