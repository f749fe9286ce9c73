using ChainGraph.Domain;
using ChainGraph.Synthetic;

namespace ChainGraph.Synthetic.Tests;

/// <summary>
/// What an analyst checks first in the seed-42 sample (issue 11, item 5): purchasing goes through tiers, firm figures agree
/// with each other, statuses agree with events, compliance findings sit on the right firms, and places are complete.
/// Every rule is asserted over the whole sample.
/// </summary>
public sealed class PlausibilityTests(ShenzhenSampleFixture sample) : IClassFixture<ShenzhenSampleFixture>
{
    private static readonly TemplateGraph Graph = new(ChainTemplates.All);

    private SyntheticDataset Data => sample.Dataset;

    [Fact]
    public void Supplies_EveryCustomerBuysOnlyWhatFeedsOneOfItsSegments()
    {
        var segmentsOf = SegmentsOf();

        Data.Supplies.Should().OnlyContain(s => segmentsOf[s.CustomerId].Any(c => Graph.Inputs(c).Contains(Graph.IndexOf(s.SegmentId))));
    }

    [Fact]
    public void Supplies_NoOwnerBuysUpstreamEquipmentOrMaterialsDirectly()
    {
        var owners = Ids(SegmentRole.Owner);
        var upstream = Data.Segments.Where(s => s.Stage == Stage.Upstream && Activity(s.Id) is SegmentActivity.Equipment or SegmentActivity.Materials or SegmentActivity.Resources)
            .Select(s => s.Id).Where(id => !OwnerSegments().Any(o => Graph.Inputs(o).Contains(Graph.IndexOf(id)))).ToHashSet();

        upstream.Should().Contain(["ic-litho", "ic-wafer", "uhd-display-glass", "nev-lithium"]);
        Data.Supplies.Where(s => owners.Contains(s.CustomerId)).Should().NotContain(s => upstream.Contains(s.SegmentId));
    }

    [Fact]
    public void Supplies_NoFirmBuysMoreThanItsOutput()
    {
        var output = Data.Enterprises.ToDictionary(e => e.Id, e => e.AnnualOutput);
        var spend = Data.Supplies.GroupBy(s => s.CustomerId).Select(g => (Id: g.Key, Yi: g.Sum(s => s.AnnualValue ?? 0) / 10_000));

        spend.Should().OnlyContain(s => s.Yi <= output[s.Id]);
    }

    [Fact]
    public void Memberships_NoFirmOfOwnerSizeInTwoChains()
    {
        var chains = Data.Memberships.GroupBy(m => m.EnterpriseId).ToDictionary(g => g.Key, g => g.Select(m => Graph.Segments[Graph.IndexOf(m.SegmentId)].ChainId).Distinct().Count());

        Data.Enterprises.Where(e => e.AnnualOutput >= DengfengTiers.ChainOwnerMinimumOutput).Should().OnlyContain(e => chains[e.Id] == 1);
    }

    [Fact]
    public void Enterprises_OutputPerEmployeeWithinTheIndustrysBand()
    {
        var profiles = SegmentsOf().ToDictionary(kv => kv.Key, kv => kv.Value.Select(s => Graph.Segments[s].Profile).ToList());

        Data.Enterprises.Should().OnlyContain(e => profiles[e.Id].Any(p => WithinFactor(e.AnnualOutput * 10_000 / e.Employees!.Value, p.OutputPerEmployee, 5)),
            "output per employee stays within a factor 5 of the activity's median");
        Data.Enterprises.Where(e => e.AnnualOutput >= 1000).Should().OnlyContain(e => e.AnnualOutput * 10_000 / e.Employees!.Value >= 150,
            "a firm of over 1,000亿 runs at Chinese electronics productivity (150–400万元 a person), not 70万");
    }

    [Fact]
    public void Enterprises_RevenueCloseToOutputAndRdHighestInDesign()
    {
        var byActivity = Data.Enterprises.GroupBy(e => Activity(PrimarySegment(e.Id))).ToDictionary(g => g.Key, g => Median(g.Select(e => e.RdRatio!.Value)));

        Data.Enterprises.Should().OnlyContain(e => e.Revenue >= e.AnnualOutput * 0.89 && e.Revenue <= e.AnnualOutput * 1.13);
        byActivity[SegmentActivity.Design].Should().BeGreaterThan(2 * byActivity[SegmentActivity.Assembly]);
    }

    [Fact]
    public void Enterprises_LandForChineseManufacturersOnly()
    {
        foreach (var e in Data.Enterprises)
        {
            var office = Activity(PrimarySegment(e.Id)) == SegmentActivity.Design;
            (e.LandArea is not null).Should().Be(e.Country == Geography.HomeCountry && !office, e.Name);
        }
        Data.Enterprises.Where(e => e.LandArea is not null).Should().OnlyContain(e => e.LandArea >= 2);
    }

    [Fact]
    public void Enterprises_ClosedFirmsHaveAClosureAndClosuresCloseFirmsButAFewRecentOnes()
    {
        var closures = Data.Events.Where(v => v.Type == EventType.Closure).ToDictionary(v => v.EnterpriseId, v => v.Date);
        var lagging = Data.Enterprises.Where(e => closures.ContainsKey(e.Id) && e.Status != EnterpriseStatus.Closed).ToList();

        Data.Enterprises.Where(e => e.Status == EnterpriseStatus.Closed).Should().OnlyContain(e => closures.ContainsKey(e.Id));
        lagging.Should().OnlyContain(e => e.Status == EnterpriseStatus.Active && closures[e.Id] > GenerationDates.AsOf.AddDays(-ShenzhenPreset.RecordLagDays));
        lagging.Count.Should().BeInRange(1, 10, "a few recent closures have not reached the register, deliberately");
        Data.Events.Should().NotContain(v => closures.ContainsKey(v.EnterpriseId) && v.Date > closures[v.EnterpriseId]);
    }

    [Fact]
    public void Enterprises_SuspendedFirmsHaveARecentEventExplainingIt()
    {
        var recent = Data.Events.Where(v => v.Date > GenerationDates.AsOf.AddDays(-StatusEvents.SuspensionDays)).Select(v => v.EnterpriseId).ToHashSet();

        Data.Enterprises.Where(e => e.Status == EnterpriseStatus.Suspended).Should().NotBeEmpty().And.OnlyContain(e => recent.Contains(e.Id));
    }

    [Fact]
    public void Enterprises_FewComplianceFindingsNeverOnOwnersCoreFirmsLittleGiantsOrChampions()
    {
        var protectedIds = Ids(SegmentRole.Owner).Union(Ids(SegmentRole.Core)).ToHashSet();
        var flagged = Data.Enterprises.Where(e => e.Compliance != ComplianceFlags.None).ToList();

        flagged.Count.Should().BeInRange(10, 90, "a small realistic number out of about 4,500");
        flagged.Should().OnlyContain(e => !protectedIds.Contains(e.Id) && (e.Labels & (EnterpriseLabels.LittleGiant | EnterpriseLabels.Champion)) == 0);
        flagged.Should().OnlyContain(e => e.Country == Geography.HomeCountry && Activity(PrimarySegment(e.Id)) != SegmentActivity.Design);
        flagged.Should().Contain(e => e.Location == Location.Local);
    }

    [Fact]
    public void Enterprises_ChineseFirmsOutsideTheCityHaveAValidCity()
    {
        var chinese = Data.Enterprises.Where(e => e.Country == Geography.HomeCountry).ToList();

        chinese.Where(e => e.District is not null).Should().OnlyContain(e => e.City == null);
        chinese.Where(e => e.District is null && e.Region is not ("台湾" or "香港" or "澳门")).Should().OnlyContain(e => e.City != null);
        chinese.Where(e => e.Region == Geography.HomeProvince && e.District is null).Should().OnlyContain(e => Geography.IsProvinceCity(e.City) && e.City != Geography.HomeCity);
        Data.Enterprises.Where(e => e.Country != Geography.HomeCountry).Should().OnlyContain(e => e.City == null);
    }

    [Fact]
    public void Enterprises_AboutHalfTheProvincesFirmsSitInTheMetropolitanRing()
    {
        var province = Data.Enterprises.Where(e => e.Region == Geography.HomeProvince && e.District is null).ToList();
        var ring = province.Count(e => e.Location == Location.Metro) / (double)province.Count;

        ring.Should().BeInRange(0.4, 0.7);
        province.Where(e => e.Location == Location.Metro).GroupBy(e => e.City).OrderByDescending(g => g.Count()).First().Key.Should().Be("东莞");
    }

    [Fact]
    public void Names_NoDoubledSyllablesPlaceWordsOrChineseWordsInJapaneseNames()
    {
        var segments = ChainTemplates.All.SelectMany(c => c.Segments).ToList();
        var chineseWords = segments.SelectMany(s => s.Words).Except(segments.SelectMany(s => s.Profile.JapaneseWords)).ToHashSet();
        var chinese = Data.Enterprises.Where(e => e.Country == Geography.HomeCountry)
            .Select(e => e.Name.Replace((e.District is null ? e.City ?? e.Region : PlaceCatalog.CityName) + "市", "").Replace(e.District is null ? e.City ?? e.Region! : PlaceCatalog.CityName, "")).ToList();

        chinese.Should().NotContain(n => System.Text.RegularExpressions.Regex.IsMatch(n, @"(\p{IsCJKUnifiedIdeographs})\1"), "no 云云 or 东新新材料");
        chinese.Should().NotContain(n => n.Contains("中东") || n.Contains("海南") || n.Contains("南海") || n.Contains("东南"));
        Data.Enterprises.Where(e => e.Country == "JP").Should().OnlyContain(e => e.Name.EndsWith("株式会社") && !chineseWords.Any(w => e.Name.Contains(w)));
        Data.Enterprises.Where(e => e.Country == "KR").Should().NotContain(e => System.Text.RegularExpressions.Regex.IsMatch(e.Name, @"^(\p{Lu}\p{Ll}+)\1", System.Text.RegularExpressions.RegexOptions.IgnoreCase));
    }

    private HashSet<string> Ids(SegmentRole role) => [.. Data.Memberships.Where(m => m.Role == role).Select(m => m.EnterpriseId)];

    private IEnumerable<int> OwnerSegments() => ChainTemplates.All.SelectMany(c => c.Owners).Select(o => Graph.IndexOf(o.SegmentId)).Distinct();

    private Dictionary<string, List<int>> SegmentsOf() =>
        Data.Memberships.GroupBy(m => m.EnterpriseId).ToDictionary(g => g.Key, g => g.Select(m => Graph.IndexOf(m.SegmentId)).ToList());

    /// <summary>A firm's own segment: the one whose industry code it carries (a cross-chain membership is an extra line).</summary>
    private string PrimarySegment(string id)
    {
        var code = Data.Enterprises.First(e => e.Id == id).IndustryCode;
        return Data.Memberships.Where(m => m.EnterpriseId == id).Select(m => m.SegmentId).First(s => Graph.Segments[Graph.IndexOf(s)].IndustryCode == code);
    }

    private static SegmentActivity Activity(string segmentId) => Graph.Segments[Graph.IndexOf(segmentId)].Activity;

    private static bool WithinFactor(double value, double median, double factor) => value >= median / factor && value <= median * factor;

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
