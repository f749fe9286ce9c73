using ChainGraph.Domain;
using ChainGraph.Synthetic;

namespace ChainGraph.Synthetic.Tests;

public sealed class EventProcessTests
{
    private static readonly HazardProfile Typical = new(
        Overseas: false, Local: true, SanctionExposed: false, AnnualOutput: 5, Founded: new DateOnly(2005, 1, 1),
        EnergyPerOutput: 0.05, SupplierHhi: 0.3, Status: EnterpriseStatus.Active);

    public static TheoryData<string, HazardProfile> RiskierProfiles => new()
    {
        { "overseas", Typical with { Overseas = true, Local = false } },
        { "sanction exposed", Typical with { SanctionExposed = true } },
        { "smaller", Typical with { AnnualOutput = 0.2 } },
        { "young", Typical with { Founded = new DateOnly(2021, 6, 1) } },
        { "energy heavy", Typical with { EnergyPerOutput = 0.8 } },
        { "concentrated suppliers", Typical with { SupplierHhi = 1 } },
        { "suspended", Typical with { Status = EnterpriseStatus.Suspended } },
    };

    [Theory]
    [MemberData(nameof(RiskierProfiles))]
    public void LogOdds_RiskierFeature_HigherHazard(string feature, HazardProfile riskier)
    {
        EventProcess.LogOdds(riskier, 2023).Should().BeGreaterThan(EventProcess.LogOdds(Typical, 2023), feature);
    }

    [Fact]
    public void Sample_ManyFirms_AtMostOneEventPerYearNoneAfterClosureAllInWindow()
    {
        var rng = new Random(5);
        var draws = new List<EventDraw>();
        var risky = Typical with { AnnualOutput = 0.05, Status = EnterpriseStatus.Closed, SupplierHhi = 1 };

        for (var firm = 0; firm < 2_000; firm++)
        {
            draws.Clear();
            EventProcess.Sample(rng, risky, GenerationDates.HistoryStart, GenerationDates.AsOf, 0, draws);

            draws.GroupBy(d => d.Date.Year).Should().NotContain(g => g.Count() > 1);
            draws.Should().NotContain(d => d.Date < GenerationDates.HistoryStart || d.Date > GenerationDates.AsOf || d.Severity < 0 || d.Severity > 1);
            draws.SkipWhile(d => d.Type != EventType.Closure).Should().HaveCountLessThanOrEqualTo(1);
        }
    }

    [Fact]
    public void Sample_SanctionExposedFirms_MostSanctionEvents()
    {
        var rng = new Random(6);
        var exposed = CountTypes(rng, Typical with { SanctionExposed = true });
        var plain = CountTypes(rng, Typical);

        exposed[EventType.Sanction].Should().BeGreaterThan(5 * Math.Max(1, plain[EventType.Sanction]));
    }

    [Fact]
    public void Sample_BeforeFounding_NoEvents()
    {
        var draws = new List<EventDraw>();
        var unborn = Typical with { Founded = GenerationDates.AsOf.AddDays(1) };

        for (var i = 0; i < 500; i++) EventProcess.Sample(new Random(i), unborn, GenerationDates.HistoryStart, GenerationDates.AsOf, 5, draws);

        draws.Should().BeEmpty();
    }

    private static Dictionary<EventType, int> CountTypes(Random rng, HazardProfile profile)
    {
        var draws = new List<EventDraw>();
        for (var i = 0; i < 3_000; i++) EventProcess.Sample(rng, profile, GenerationDates.HistoryStart, GenerationDates.AsOf, 0, draws);
        return Enum.GetValues<EventType>().ToDictionary(t => t, t => draws.Count(d => d.Type == t));
    }
}
