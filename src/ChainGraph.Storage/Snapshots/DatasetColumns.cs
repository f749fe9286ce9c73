using ChainGraph.Domain;
using ChainGraph.Domain.Tables;

namespace ChainGraph.Storage.Snapshots;

/// <summary>
/// The tables of a <see cref="Dataset"/> as columns: enterprises column by column (missing numbers as NaN or
/// <see cref="int.MinValue"/>), references to enterprises and segments as row indexes, supplies as they are.
/// One method writes, its twin reads, in the same order: change both together and bump
/// <see cref="SnapshotFile.FormatVersion"/>.
/// </summary>
internal static class DatasetColumns
{
    public static void Write(SnapshotOutput output, Dataset dataset)
    {
        WriteEnterprises(output, dataset.Enterprises.Columns);
        output.Texts([.. dataset.Chains.Select(c => c.Id)]);
        output.Texts([.. dataset.Chains.Select(c => c.Name)]);
        output.Array<int>([.. dataset.Chains.Select(c => (int)c.Category)]);
        WriteSegments(output, dataset.Segments);
        var segment = Index(dataset.Segments.Select(s => s.Id));
        output.Array<int>([.. dataset.SegmentLinks.Select(l => segment[l.From])]);
        output.Array<int>([.. dataset.SegmentLinks.Select(l => segment[l.To])]);
        var memberships = dataset.Memberships;
        output.Array<int>([.. Enumerable.Range(0, memberships.Count).Select(memberships.Enterprise)]);
        output.Array<int>([.. Enumerable.Range(0, memberships.Count).Select(memberships.Segment)]);
        output.Array<int>([.. Enumerable.Range(0, memberships.Count).Select(m => (int)memberships.Role(m))]);
        WriteSupplies(output, dataset.Supplies);
        output.Array<int>([.. dataset.Events.Select(e => dataset.Enterprises.RowOf(e.EnterpriseId))]);
        output.Array<int>([.. dataset.Events.Select(e => e.Date.DayNumber)]);
        output.Array<int>([.. dataset.Events.Select(e => (int)e.Type)]);
        output.Array<double>([.. dataset.Events.Select(e => e.Severity)]);
        WriteProjects(output, dataset.Projects);
    }

    /// <summary>
    /// Reads what <see cref="Write"/> wrote. The enterprises stay columns (<see cref="EnterpriseTable"/>): no record or
    /// string is made per firm; their id index is built on a second thread while the rest of the file (most of it: the
    /// supply columns) is read and hashed on this one.
    /// </summary>
    public static Dataset Read(SnapshotInput input, long version)
    {
        var columns = ReadEnterprises(input);
        EnterpriseTable enterprises = null!;
        Rest rest = null!;
        Together(() => enterprises = new EnterpriseTable(columns), () => rest = ReadRest(input));
        var segments = rest.Tables.Segments;
        var memberships = new MembershipTable(rest.MemberEnterprise, rest.MemberSegment,
            [.. rest.MemberRole.Select(r => (SegmentRole)r)], enterprises, segments);
        Same(rest.EventEnterprise.Length, rest.EventDay, rest.EventType, rest.EventSeverity);
        var events = rest.EventEnterprise.Select((e, i) =>
            new DisruptionEvent(Id(enterprises, e), DateOnly.FromDayNumber(rest.EventDay[i]), Defined<EventType>(rest.EventType[i]),
            rest.EventSeverity[i])).ToList();
        return (rest.Tables with { Version = version, Enterprises = enterprises, Memberships = memberships, Events = events }).Build();
    }

    private static string Id(EnterpriseTable enterprises, int row) =>
        (uint)row < (uint)enterprises.Count ? enterprises.Id(row) : throw Corrupt($"enterprise row {row} does not exist");

    // Everything after the enterprises; memberships and events keep their enterprise rows until the enterprises exist.
    private sealed record Rest(DatasetBuilder Tables, int[] MemberEnterprise, int[] MemberSegment, int[] MemberRole,
        int[] EventEnterprise, int[] EventDay, int[] EventType, double[] EventSeverity);

    private static Rest ReadRest(SnapshotInput input)
    {
        var chains = Zip(input.Texts(), input.Texts(), input.Array<int>(), (id, name, category) => new Chain(id!, name!,
            Defined<ChainCategory>(category)));
        var segments = ReadSegments(input);
        var links = Zip(input.Array<int>(), input.Array<int>(), (from, to) => new SegmentLink(segments[from].Id, segments[to].Id));
        var (memberEnterprise, memberSegment, memberRole) = (input.Array<int>(), input.Array<int>(), input.Array<int>());
        var supplies = ReadSupplies(input);
        var (eventEnterprise, eventDay, eventType, eventSeverity) = (input.Array<int>(), input.Array<int>(), input.Array<int>(),
            input.Array<double>());
        var tables = new DatasetBuilder { Chains = chains, Segments = segments, SegmentLinks = links, Supplies = supplies,
            Projects = ReadProjects(input) };
        return new Rest(tables, memberEnterprise, memberSegment, memberRole, eventEnterprise, eventDay, eventType, eventSeverity);
    }

    private static void Together(Action first, Action second)
    {
        try
        {
            Parallel.Invoke(first, second);
        }
        catch (AggregateException e)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
    }

    private static void WriteEnterprises(SnapshotOutput output, EnterpriseColumns c)
    {
        output.Texts(c.Id);
        output.Texts(c.Name);
        output.Codes(c.District);
        output.Codes(c.Region);
        output.Codes(c.Country);
        output.Codes(c.Industry);
        foreach (var column in new[] { c.Output, c.Revenue, c.Tax, c.Rd, c.Energy, c.Share }) output.Array<double>(column);
        foreach (var column in new[] { c.Employees, c.Founded, c.Labels, c.Status }) output.Array<int>(column);
        output.Codes(c.City);
        output.Array<int>(c.Compliance);
        output.Array<double>(c.Land);
    }

    // The enterprise columns, in WriteEnterprises' order.
    private static EnterpriseColumns ReadEnterprises(SnapshotInput input)
    {
        var (id, name, district, region, country, industry) = (input.Utf8Texts(), input.Utf8Texts(), input.CodedTexts(),
            input.CodedTexts(), input.CodedTexts(), input.CodedTexts());
        var (output, revenue, tax, rd, energy, share) = (input.Array<double>(), input.Array<double>(), input.Array<double>(),
            input.Array<double>(), input.Array<double>(), input.Array<double>());
        var (employees, founded, labels, status) = (input.Array<int>(), input.Array<int>(), input.Array<int>(), input.Array<int>());
        var (city, compliance, land) = (input.CodedTexts(), input.Array<int>(), input.Array<double>());
        return new(id, name, district, region, country, industry, output, revenue, tax, rd, energy, share, employees, founded, labels,
            status, city, compliance, land);
    }

    // Projects are few (tens per chain): texts as they are, partners as `A;B`.
    private static void WriteProjects(SnapshotOutput output, IReadOnlyList<Project> rows)
    {
        foreach (var column in new Func<Project, string?>[]
                 { p => p.Id, p => p.ItemId, p => p.ChainId, p => p.SegmentId, p => p.LeadEnterpriseId, p => p.PartnerList(), p => p.Goal,
                 p => p.InstrumentId, p => p.Quarter })
            output.Texts([.. rows.Select(column)]);
        foreach (var column in new Func<Project, double?>[] { p => p.Budget, p => p.Investment, p => p.Amount })
            output.Array<double>([.. rows.Select(p => column(p) ?? double.NaN)]);
        output.Array<int>([.. rows.Select(p => (int)p.Status)]);
    }

    private static List<Project> ReadProjects(SnapshotInput input)
    {
        var (id, item, chain, segment, lead, partners, goal, instrument, quarter) =
            (input.Texts(), input.Texts(), input.Texts(), input.Texts(), input.Texts(), input.Texts(), input.Texts(), input.Texts(),
            input.Texts());
        var (budget, investment, amount, status) = (input.Array<double>(), input.Array<double>(), input.Array<double>(),
            input.Array<int>());
        Same(id.Length, item, chain, segment, lead, partners, goal, instrument, quarter, budget, investment, amount, status);
        return [.. id.Select((p, i) => new Project(p ?? throw Corrupt("a project without an id"), item[i]!, chain[i]!, segment[i], lead[i]!,
            Project.ParsePartners(partners[i]), goal[i]!, budget[i], Number(investment[i]), instrument[i]!, Number(amount[i]),
            Defined<ProjectStatus>(status[i]), quarter[i]!))];
    }

    private static void WriteSegments(SnapshotOutput output, IReadOnlyList<Segment> segments)
    {
        output.Texts([.. segments.Select(s => s.Id)]);
        output.Texts([.. segments.Select(s => s.ChainId)]);
        output.Texts([.. segments.Select(s => s.Name)]);
        output.Array<int>([.. segments.Select(s => (int)s.Stage)]);
        output.Array<int>([.. segments.Select(s => s.Key ? 1 : 0)]);
    }

    private static Segment[] ReadSegments(SnapshotInput input)
    {
        var (id, chain, name, stage, key) = (input.Texts(), input.Texts(), input.Texts(), input.Array<int>(), input.Array<int>());
        Same(id.Length, chain, name, stage, key);
        return [.. id.Select((s, i) => new Segment(s!, chain[i]!, name[i]!, Defined<Stage>(stage[i]), key[i] != 0))];
    }

    private static void WriteSupplies(SnapshotOutput output, SupplyTable s)
    {
        output.Array<int>(s.Supplier);
        output.Array<int>(s.Customer);
        output.Array<int>(s.Segment);
        output.Array<float>(s.Share);
        output.Array<float>(s.AnnualValue);
        output.Array<float>(s.Substitutability);
        output.Array<int>(s.RecoveryDays);
    }

    private static SupplyTable ReadSupplies(SnapshotInput input)
    {
        var (supplier, customer, segment) = (input.Array<int>(), input.Array<int>(), input.Array<int>());
        var (share, value, substitutability, recovery) = (input.Array<float>(), input.Array<float>(), input.Array<float>(),
            input.Array<int>());
        Same(supplier.Length, customer, segment, share, value, substitutability, recovery);
        return SupplyColumns.Adopt(supplier, customer, segment, share, value, substitutability, recovery).ToTable();
    }

    private static Dictionary<string, int> Index(IEnumerable<string> ids) =>
        ids.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i, StringComparer.Ordinal);

    private static double? Number(double value) => double.IsNaN(value) ? null : value;

    private static T Defined<T>(int value) where T : struct, Enum =>
        Enum.IsDefined(typeof(T), value) ? (T)(object)value : throw Corrupt($"{value} is not a {typeof(T).Name}");

    private static void Same(int count, params Array[] columns)
    {
        if (columns.Any(c => c.Length != count)) throw Corrupt("columns of one table differ in length");
    }

    private static List<TResult> Zip<T1, T2, TResult>(T1[] a, T2[] b, Func<T1, T2, TResult> map)
    {
        Same(a.Length, b);
        return [.. a.Select((x, i) => map(x, b[i]))];
    }

    private static List<TResult> Zip<T1, T2, T3, TResult>(T1[] a, T2[] b, T3[] c, Func<T1, T2, T3, TResult> map)
    {
        Same(a.Length, b, c);
        return [.. a.Select((x, i) => map(x, b[i], c[i]))];
    }

    private static InvalidDataException Corrupt(string what) => new($"the snapshot is inconsistent: {what}");
}
