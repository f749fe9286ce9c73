using ChainGraph.Analysis.Chains;
using ChainGraph.Domain;
using ChainGraph.Domain.Tables;

namespace ChainGraph.Api.Schema;

// What the GraphQL types resolve from: small views over one snapshot, whose property names match the SDL fields so
// the engine's default (property) resolver serves most fields. Fields with arguments have resolvers in *Resolvers.cs.

/// <summary>A chain in a snapshot.</summary>
public sealed record ChainView(AnalysisSnapshot Snapshot, Chain Chain)
{
    public string Id => Chain.Id;
    public string Name => Chain.Name;
    public ChainCategory Category => Chain.Category;
    public IEnumerable<SegmentView> Segments => Snapshot.Analyzer.Index.OrderedSegments[Chain.Id].Select(Snapshot.Segment);
    public IEnumerable<EnterpriseView> Owners => Snapshot.Analyzer.Index.Owners[Chain.Id].Select(Snapshot.Enterprise);
    public ChainMapView Map => new(this, Snapshot.Map(Chain.Id));
    public IEnumerable<LinkView> Links => Snapshot.Links(Chain.Id).Select(l => new LinkView(Snapshot, l));
    public BriefingLinks Briefing =>
        new($"/briefings/{Uri.EscapeDataString(Chain.Id)}", $"/briefings/{Uri.EscapeDataString(Chain.Id)}.pdf");
}

/// <summary>Where a chain's briefing is served (the pages under <c>/briefings</c>).</summary>
public sealed record BriefingLinks(string Html, string Pdf);

/// <summary>A segment in a snapshot.</summary>
public sealed record SegmentView(AnalysisSnapshot Snapshot, int Index)
{
    private Segment Segment => Snapshot.Dataset.Segments[Index];
    public string Id => Segment.Id;
    public string Name => Segment.Name;
    public ChainView Chain => Snapshot.Chain(Segment.ChainId)!;
    public Stage Stage => Segment.Stage;
    public bool Key => Segment.Key;
    public int Position => Snapshot.Analyzer.Index.OrderedSegments[Segment.ChainId].ToList().IndexOf(Index);
    public IEnumerable<SegmentView> Feeds => Snapshot.Dataset.SegmentLinks.Where(l => l.From == Id).Select(l => Snapshot.Segment(l.To)!);
    public IEnumerable<SegmentView> FedBy => Snapshot.Dataset.SegmentLinks.Where(l => l.To == Id).Select(l => Snapshot.Segment(l.From)!);
    public IEnumerable<MemberView> Members
    {
        get
        {
            var index = Snapshot.Analyzer.Index;
            return index.Members(Index).Select((e, i) => new MemberView(Snapshot.Enterprise(e), index.Roles(Index)[i]));
        }
    }
}

/// <summary>An enterprise with its role in a segment.</summary>
public sealed record MemberView(EnterpriseView Enterprise, SegmentRole Role);

/// <summary>A segment with an enterprise's role in it.</summary>
public sealed record MembershipView(SegmentView Segment, SegmentRole Role);

/// <summary>An enterprise in a snapshot.</summary>
public sealed record EnterpriseView(AnalysisSnapshot Snapshot, int Index)
{
    // The fields a list shows read the columns; the rest make the record (two decoded strings) on each read.
    private EnterpriseTable Table => Snapshot.Dataset.Enterprises;
    public Enterprise Record => Table[Index];
    public string Id => Table.Id(Index);
    public string Name => Table.Name(Index);
    public string? District => Table.District[Index];
    public string? Region => Table.Region[Index];
    public string? City => Table.City[Index];
    public string Country => Table.Country[Index]!;
    public Location Location => Table.Location(Index);
    public string? IndustryCode => Record.IndustryCode;
    public double AnnualOutput => Table.Output(Index);
    public double? Revenue => Record.Revenue;
    public double? Tax => Record.Tax;
    public int? Employees => Record.Employees;
    public double? RdRatio => Record.RdRatio;
    public double? EnergyPerOutput => Record.EnergyPerOutput;
    public double? MarketShare => Record.MarketShare;
    public DateOnly? Founded => Record.Founded;
    public IEnumerable<EnterpriseLabels> Labels =>
        Enum.GetValues<EnterpriseLabels>().Where(l => l != EnterpriseLabels.None && Table.Labels(Index).HasFlag(l));
    public IEnumerable<ComplianceFlags> Compliance =>
        Enum.GetValues<ComplianceFlags>().Where(f => f != ComplianceFlags.None && Record.Compliance.HasFlag(f));
    public double? LandArea => Record.LandArea;
    public DengfengTier Tier => Table.Tier(Index);
    public EnterpriseStatus Status => Table.Status(Index);
    public IEnumerable<MembershipView> Memberships =>
        Snapshot.Memberships(Index).Select(m => new MembershipView(Snapshot.Segment(m.Segment), m.Role));
    public IEnumerable<ChainView> Chains =>
        Snapshot.Memberships(Index).Select(m => Snapshot.Dataset.Segments[m.Segment].ChainId).Distinct().Select(c => Snapshot.Chain(c)!);
    public IEnumerable<ChainView> Owns =>
        Snapshot.Memberships(Index)
        .Where(m => m.Role == SegmentRole.Owner)
        .Select(m => Snapshot.Dataset.Segments[m.Segment].ChainId)
        .Distinct()
        .Select(c => Snapshot.Chain(c)!);
    public IEnumerable<DisruptionEvent> Events => Snapshot.Events(Id);
}

/// <summary>A supply row in a snapshot.</summary>
public sealed record SupplyView(AnalysisSnapshot Snapshot, int Row)
{
    private SupplyTable Table => Snapshot.Dataset.Supplies;
    public EnterpriseView Supplier => Snapshot.Enterprise(Table.Supplier[Row]);
    public EnterpriseView Customer => Snapshot.Enterprise(Table.Customer[Row]);
    public SegmentView Segment => Snapshot.Segment(Table.Segment[Row]);
    public double Share => Table.Share[Row];
    public double? AnnualValue => float.IsNaN(Table.AnnualValue[Row]) ? null : Table.AnnualValue[Row];
    public double? Substitutability => float.IsNaN(Table.Substitutability[Row]) ? null : Table.Substitutability[Row];
    public int? RecoveryDays => Table.RecoveryDays[Row] < 0 ? null : Table.RecoveryDays[Row];
}

/// <summary>The chain map of a chain.</summary>
public sealed record ChainMapView(ChainView Chain, ChainMap Map)
{
    public IEnumerable<ChainMapSegmentView> Segments => Map.Segments.Select(s => new ChainMapSegmentView(Chain.Snapshot, s));
    public IEnumerable<EnterpriseView> Owners => Chain.Owners;
}

/// <summary>One segment of a chain map.</summary>
public sealed record ChainMapSegmentView(AnalysisSnapshot Snapshot, SegmentMap Map)
{
    public SegmentView Segment => Snapshot.Segment(Map.Segment.Id)!;
    public int Position => Map.Position;
    public LocationSplit EnterpriseCount => Map.EnterpriseCounts;
    public LocationSplit SupplyValue => Map.SupplyValue;
    public LocationSplit SupplyShare => Map.SupplyShares;
    public bool ValueIsShares => Map.ValueIsShares;
    public int SupplyCount => Map.SupplyCount;
    public IEnumerable<MemberView> Members => Segment.Members;
}

/// <summary>A missing or weak link.</summary>
public sealed record LinkView(AnalysisSnapshot Snapshot, LinkFinding Finding)
{
    public SegmentView Segment => Snapshot.Segment(Finding.Segment.Id)!;
    public LinkKind Kind => Finding.Kind;
    public int LocalEnterprises => Finding.LocalEnterprises;
    public int Enterprises => Finding.Enterprises;
    public double OutsideShare => Finding.OutsideShare;
    public double OverseasShare => Finding.OverseasShare;
    public IReadOnlyList<string> Reasons => Finding.Reasons;
}
