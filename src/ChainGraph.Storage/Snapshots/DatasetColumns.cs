using ChainGraph.Domain;

namespace ChainGraph.Storage.Snapshots;

/// <summary>
/// The tables of a <see cref="Dataset"/> as columns: enterprises column by column (missing numbers as NaN or
/// <see cref="int.MinValue"/>), references to enterprises and segments as row indexes, supplies as they are.
/// One method writes, its twin reads, in the same order: change both together and bump
/// <see cref="SnapshotFile.FormatVersion"/>.
/// </summary>
internal static class DatasetColumns
{
    private const int Missing = int.MinValue;

    public static void Write(SnapshotOutput output, Dataset dataset)
    {
        WriteEnterprises(output, dataset.Enterprises);
        var enterprise = Index(dataset.Enterprises.Select(e => e.Id));
        output.Texts([.. dataset.Chains.Select(c => c.Id)]);
        output.Texts([.. dataset.Chains.Select(c => c.Name)]);
        output.Array<int>([.. dataset.Chains.Select(c => (int)c.Category)]);
        WriteSegments(output, dataset.Segments);
        var segment = Index(dataset.Segments.Select(s => s.Id));
        output.Array<int>([.. dataset.SegmentLinks.Select(l => segment[l.From])]);
        output.Array<int>([.. dataset.SegmentLinks.Select(l => segment[l.To])]);
        output.Array<int>([.. dataset.Memberships.Select(m => enterprise[m.EnterpriseId])]);
        output.Array<int>([.. dataset.Memberships.Select(m => segment[m.SegmentId])]);
        output.Array<int>([.. dataset.Memberships.Select(m => (int)m.Role)]);
        WriteSupplies(output, dataset.Supplies);
        output.Array<int>([.. dataset.Events.Select(e => enterprise[e.EnterpriseId])]);
        output.Array<int>([.. dataset.Events.Select(e => e.Date.DayNumber)]);
        output.Array<int>([.. dataset.Events.Select(e => (int)e.Type)]);
        output.Array<double>([.. dataset.Events.Select(e => e.Severity)]);
        WriteProjects(output, dataset.Projects);
    }

    public static Dataset Read(SnapshotInput input, long version)
    {
        var enterprises = ReadEnterprises(input);
        var chains = Zip(input.Texts(), input.Texts(), input.Array<int>(), (id, name, category) => new Chain(id!, name!, Defined<ChainCategory>(category)));
        var segments = ReadSegments(input);
        var links = Zip(input.Array<int>(), input.Array<int>(), (from, to) => new SegmentLink(segments[from].Id, segments[to].Id));
        var memberships = Zip(input.Array<int>(), input.Array<int>(), input.Array<int>(),
            (e, s, role) => new EnterpriseSegment(enterprises[e].Id, segments[s].Id, Defined<SegmentRole>(role)));
        var supplies = ReadSupplies(input);
        var (who, when, type, severity) = (input.Array<int>(), input.Array<int>(), input.Array<int>(), input.Array<double>());
        Same(who.Length, when, type, severity);
        var events = who.Select((e, i) => new DisruptionEvent(enterprises[e].Id, DateOnly.FromDayNumber(when[i]), Defined<EventType>(type[i]), severity[i])).ToList();
        return new DatasetBuilder
        {
            Version = version, Enterprises = enterprises, Chains = chains, Segments = segments, SegmentLinks = links,
            Memberships = memberships, Supplies = supplies, Events = events, Projects = ReadProjects(input),
        }.Build();
    }

    private static void WriteEnterprises(SnapshotOutput output, IReadOnlyList<Enterprise> rows)
    {
        output.Texts([.. rows.Select(e => e.Id)]);
        output.Texts([.. rows.Select(e => e.Name)]);
        output.Codes([.. rows.Select(e => e.District)]);
        output.Codes([.. rows.Select(e => e.Region)]);
        output.Codes([.. rows.Select(e => e.Country)]);
        output.Codes([.. rows.Select(e => e.IndustryCode)]);
        output.Array<double>([.. rows.Select(e => e.AnnualOutput)]);
        foreach (var column in new Func<Enterprise, double?>[] { e => e.Revenue, e => e.Tax, e => e.RdRatio, e => e.EnergyPerOutput, e => e.MarketShare })
            output.Array<double>([.. rows.Select(e => column(e) ?? double.NaN)]);
        output.Array<int>([.. rows.Select(e => e.Employees ?? Missing)]);
        output.Array<int>([.. rows.Select(e => e.Founded?.DayNumber ?? Missing)]);
        output.Array<int>([.. rows.Select(e => (int)e.Labels)]);
        output.Array<int>([.. rows.Select(e => (int)e.Status)]);
        output.Codes([.. rows.Select(e => e.City)]);
        output.Array<int>([.. rows.Select(e => (int)e.Compliance)]);
        output.Array<double>([.. rows.Select(e => e.LandArea ?? double.NaN)]);
    }

    private static Enterprise[] ReadEnterprises(SnapshotInput input)
    {
        var (id, name, district, region, country, industry) = (input.Texts(), input.Texts(), input.Codes(), input.Codes(), input.Codes(), input.Codes());
        var output = input.Array<double>();
        var (revenue, tax, rd, energy, share) = (input.Array<double>(), input.Array<double>(), input.Array<double>(), input.Array<double>(), input.Array<double>());
        var (employees, founded, labels, status) = (input.Array<int>(), input.Array<int>(), input.Array<int>(), input.Array<int>());
        var (city, compliance, land) = (input.Codes(), input.Array<int>(), input.Array<double>());
        Same(id.Length, name, district, region, country, industry, output, revenue, tax, rd, energy, share, employees, founded, labels, status, city, compliance, land);
        var rows = new Enterprise[id.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = new Enterprise(id[i] ?? throw Corrupt("an enterprise without an id"), name[i]!, district[i], region[i], country[i]!, industry[i], output[i],
                Number(revenue[i]), Number(tax[i]), employees[i] == Missing ? null : employees[i], Number(rd[i]), Number(energy[i]), Number(share[i]),
                founded[i] == Missing ? null : DateOnly.FromDayNumber(founded[i]), (EnterpriseLabels)labels[i], Defined<EnterpriseStatus>(status[i]),
                city[i], (ComplianceFlags)compliance[i], Number(land[i]));
        }
        return rows;
    }

    // Projects are few (tens per chain): texts as they are, partners as `A;B`.
    private static void WriteProjects(SnapshotOutput output, IReadOnlyList<Project> rows)
    {
        foreach (var column in new Func<Project, string?>[]
                 { p => p.Id, p => p.ItemId, p => p.ChainId, p => p.SegmentId, p => p.LeadEnterpriseId, p => p.PartnerList(), p => p.Goal, p => p.InstrumentId, p => p.Quarter })
            output.Texts([.. rows.Select(column)]);
        foreach (var column in new Func<Project, double?>[] { p => p.Budget, p => p.Investment, p => p.Amount })
            output.Array<double>([.. rows.Select(p => column(p) ?? double.NaN)]);
        output.Array<int>([.. rows.Select(p => (int)p.Status)]);
    }

    private static List<Project> ReadProjects(SnapshotInput input)
    {
        var (id, item, chain, segment, lead, partners, goal, instrument, quarter) =
            (input.Texts(), input.Texts(), input.Texts(), input.Texts(), input.Texts(), input.Texts(), input.Texts(), input.Texts(), input.Texts());
        var (budget, investment, amount, status) = (input.Array<double>(), input.Array<double>(), input.Array<double>(), input.Array<int>());
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
        var (share, value, substitutability, recovery) = (input.Array<float>(), input.Array<float>(), input.Array<float>(), input.Array<int>());
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
