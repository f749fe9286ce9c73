using ChainGraph.Domain;

namespace ChainGraph.Analysis.Tests.Risk;

/// <summary>
/// Enterprises whose yearly disruption probability follows a known logistic process (2019–2026), for checking that the
/// trained models learn it: logit = −3.6 + 0.8·overseas − 0.35·ln(output) + 1.8·energy + 0.7·young. A firm has at most one
/// event a year, none after a closure. Deterministic for a seed.
/// </summary>
internal static class SyntheticHistory
{
    public static readonly DateOnly Start = new(2019, 1, 1);
    public static readonly DateOnly End = new(2026, 12, 31);

    public static Dataset Create(int firms, int seed)
    {
        var rng = new Random(seed);
        var enterprises = new List<Enterprise>();
        var events = new List<DisruptionEvent>();
        var memberships = new List<EnterpriseSegment>();
        for (var i = 0; i < firms; i++)
        {
            var firm = Firm(rng, i);
            enterprises.Add(firm);
            memberships.Add(new EnterpriseSegment(firm.Id, "s", SegmentRole.Supplier));
            events.AddRange(Events(rng, firm));
        }
        return new DatasetBuilder
        {
            Enterprises = enterprises, Chains = [new Chain("c", "链", ChainCategory.Future)], Segments = [new Segment("s", "c", "s", Stage.Upstream, false)],
            SegmentLinks = [], Memberships = memberships, Supplies = SupplyTable.Empty, Events = events,
        }.Build();
    }

    public static double LogOdds(Enterprise firm, int year) =>
        -3.6 + (firm.Country != "CN" ? 0.8 : 0) - 0.35 * Math.Log(firm.AnnualOutput) + 1.8 * firm.EnergyPerOutput!.Value
        + (year - firm.Founded!.Value.Year < 5 ? 0.7 : 0);

    private static Enterprise Firm(Random rng, int i)
    {
        var overseas = rng.NextDouble() < 0.2;
        var output = Math.Exp(1 + 1.3 * Normal(rng));
        var founded = new DateOnly(2000, 1, 1).AddDays(rng.Next(0, 26 * 365));
        return new Enterprise(CreditCode.Create("440300", 30_000_000 + i), $"firm {i}", overseas ? null : "宝安", overseas ? null : "广东", overseas ? "DE" : "CN",
            "C3841", output, Revenue: output, Tax: output * 0.05, Employees: (int)(output * 50) + 1, RdRatio: 0.04,
            EnergyPerOutput: Math.Min(1.5, Math.Exp(-2 + 0.8 * Normal(rng))), Founded: founded);
    }

    private static IEnumerable<DisruptionEvent> Events(Random rng, Enterprise firm)
    {
        for (var year = Start.Year; year <= End.Year; year++)
        {
            if (year < firm.Founded!.Value.Year) continue;
            var p = 1 / (1 + Math.Exp(-LogOdds(firm, year)));
            if (rng.NextDouble() >= p) continue;
            var type = rng.NextDouble() < 0.15 ? EventType.Closure : EventType.Quality;
            var day = new DateOnly(year, 1, 1).AddDays(rng.Next(0, 365));
            if (day <= firm.Founded!.Value) continue;
            yield return new DisruptionEvent(firm.Id, day, type, 0.5);
            if (type == EventType.Closure) yield break;
        }
    }

    private static double Normal(Random rng) => Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());
}
