using ChainGraph.Domain;

namespace ChainGraph.Synthetic;

/// <summary>
/// Makes plausible firms: a unique valid credit code and name, a heavy-tailed (log-normal, σ = 1.3) annual output
/// around the segment activity's median, and revenue, tax, staff, R&amp;D, energy use, land, market share, founding date,
/// labels, status and compliance findings that follow from size, activity and location. Money in 亿元, energy in
/// 吨标准煤/万元, land in 亩.
/// </summary>
public sealed class EnterpriseFactory
{
    /// <summary>Size of the organisation-code space of a credit code (8 digits).</summary>
    private const long SerialSpace = 100_000_000;

    // Coprime with 10^8, so index → serial is a bijection and every credit code is distinct.
    private const long SerialStride = 48_271;

    private const double WanPerYi = 10_000;

    private readonly Random rng;
    private readonly NameGenerator names;
    private readonly long serialOffset;
    private long created;

    public EnterpriseFactory(Random rng)
    {
        this.rng = rng;
        names = new NameGenerator(rng);
        serialOffset = rng.NextInt64(SerialSpace);
    }

    /// <summary>
    /// Creates the next firm. <paramref name="ownerOutput"/> (亿元) makes a chain owner of that size;
    /// <paramref name="segmentMarket"/> is the expected total output of the segment (亿元), the denominator of market share.
    /// </summary>
    public Enterprise Create(SegmentTemplate segment, Site site, double? ownerOutput, double segmentMarket)
    {
        if (created >= SerialSpace) throw new InvalidOperationException("credit-code serials exhausted");
        var id = CreditCode.Create(site.Division, (serialOffset + created++ * SerialStride) % SerialSpace);
        var owner = ownerOutput is not null;
        var output = Round(ownerOutput is { } o
            ? Math.Max(DengfengTiers.ChainOwnerMinimumOutput, o * Variates.Uniform(rng, 0.9, 1.1))
            : Output(segment, site));
        var revenue = Round(output * Variates.Uniform(rng, 0.9, 1.12));
        var founded = Founded(output, site, owner);
        var rd = Round(owner
            ? Variates.Uniform(rng, 0.04, 0.12)
            : Math.Min(0.6, Variates.LogNormal(rng, segment.Profile.MedianRdRatio, 0.45)));
        var energy = Round(Math.Clamp(Variates.LogNormal(rng, segment.Profile.MedianEnergy, 0.5), 0.005, 1.5));
        var share = Round(Math.Clamp(output / segmentMarket, 0.0001, 0.6));
        var labels = Labels(site, owner, output, share, rd, founded);
        return new Enterprise(id, names.Next(segment, site, group: owner), site.District, site.Region, site.Country, segment.IndustryCode,
            output, revenue, Round(revenue * Math.Min(0.15, Variates.LogNormal(rng, 0.045, 0.4))), Staff(output, segment, owner),
            rd, energy, share, founded, labels, owner ? EnterpriseStatus.Active : Status(site, output, energy),
            CityColumn(site), owner ? ComplianceFlags.None : Compliance(segment, site, output, rd, energy, founded, labels),
            Land(output, segment, site));
    }

    /// <summary>
    /// The prefecture-level city of a firm in China outside the city; none for 台湾, 香港 and 澳门, which have no such city in the file's sense.
    /// </summary>
    private static string? CityColumn(Site site) =>
        site.Kind is Location.Local or Location.Overseas || site.Region is "台湾" or "香港" or "澳门" ? null : site.City;

    private double Output(SegmentTemplate segment, Site site)
    {
        // Overseas firms in a Chinese chain map are mostly the multinationals, hence their larger median.
        var factor = site.Kind switch { Location.Overseas => 6, Location.Country => 1.5, _ => 1 };
        return Math.Clamp(Variates.LogNormal(rng, segment.Profile.MedianOutput * factor, 1.3), 0.02, 2000);
    }

    private DateOnly Founded(double output, Site site, bool owner)
    {
        var years = owner
            ? Variates.Uniform(rng, 18, 32)
            : Variates.LogNormal(rng, 9, 0.55) * (1 + 0.12 * Math.Log(1 + output)) * (site.Kind == Location.Overseas ? 1.8 : 1);
        var days = (int)(Math.Clamp(years, 0.5, 90) * 365.25);
        return GenerationDates.AsOf.AddDays(-days);
    }

    /// <summary>Output (亿元 → 万元) over output per employee, which varies less among owners than among small firms.</summary>
    private int Staff(double output, SegmentTemplate segment, bool owner) =>
        (int)Math.Max(3, Math.Round(output * WanPerYi / Variates.LogNormal(rng, segment.Profile.OutputPerEmployee, owner ? 0.15 : 0.35)));

    /// <summary>
    /// Industrial land (亩) of a manufacturer in China, from output per 亩; none for design and software firms or overseas.
    /// </summary>
    private double? Land(double output, SegmentTemplate segment, Site site) =>
        site.Country == Geography.HomeCountry && segment.Profile.OutputPerMu is { } perMu
            ? Math.Round(Math.Max(2, output * WanPerYi / Variates.LogNormal(rng, perMu, 0.5)), 1)
            : null;

    /// <summary>
    /// A compliance finding for a few old, low-tech, labour- or resource-intensive Chinese firms (about 8% of those), never
    /// for a labelled champion, little giant or listed firm: wage arrears and missing licences where labour is cheap,
    /// safety hazards and banned capacity where chemistry and energy are.
    /// </summary>
    private ComplianceFlags Compliance(SegmentTemplate segment, Site site, double output, double rd, double energy, DateOnly founded,
        EnterpriseLabels labels)
    {
        var heavy = segment.Activity is SegmentActivity.Materials or SegmentActivity.Resources;
        var labour = segment.Activity is SegmentActivity.Components or SegmentActivity.Assembly;
        var old = GenerationDates.AsOf.Year - founded.Year >= 12;
        var candidate = site.Country == Geography.HomeCountry && (heavy || labour) && old && rd < 0.04 && output < 20
                        && (labels & (EnterpriseLabels.Champion | EnterpriseLabels.LittleGiant | EnterpriseLabels.Listed)) == 0;
        if (!candidate || !Variates.Chance(rng, 0.08)) return ComplianceFlags.None;
        if (heavy) return energy > 0.4 && Variates.Chance(rng, 0.5) ? ComplianceFlags.BannedCapacity : ComplianceFlags.SafetyHazard;
        if (output < 0.5 && Variates.Chance(rng, 0.3)) return ComplianceFlags.Unlicensed;
        return Variates.Chance(rng, 0.75) ? ComplianceFlags.WageArrears : ComplianceFlags.WageArrears | ComplianceFlags.SafetyHazard;
    }

    private EnterpriseLabels Labels(Site site, bool owner, double output, double share, double rd, DateOnly founded)
    {
        var chinese = site.Country == Geography.HomeCountry;
        var labels = owner || Variates.Chance(rng, Variates.Logistic(Math.Log(output) - 3.5))
            ? EnterpriseLabels.Listed
            : EnterpriseLabels.None;
        var listed = labels.HasFlag(EnterpriseLabels.Listed);
        if (chinese && share >= 0.05 && Variates.Chance(rng, 0.5)) labels |= EnterpriseLabels.Champion;
        if (chinese && !listed && output is >= 0.3 and <= 20 && rd >= 0.05 && Variates.Chance(rng, 0.2))
            labels |= EnterpriseLabels.LittleGiant;
        if (chinese && !listed && founded.Year >= 2014 && output >= 2 && Variates.Chance(rng, 0.03)) labels |= EnterpriseLabels.Unicorn;
        if (site.Kind == Location.Local && (owner || Variates.Chance(rng, 0.85))) labels |= EnterpriseLabels.HqLocal;
        return labels | Cultivation(chinese, labels, output, rd, founded);
    }

    /// <summary>
    /// 专精特新 and 创新型中小企业 for Chinese SMEs (output below 4亿元) with R&amp;D of at least 3%: about a third of those two
    /// years old with output of 0.1亿元 or more are specialised, about 40% of the rest innovative. Drawn from the firm's own
    /// figures, not from the random stream, so adding these labels left every other generated value as it was.
    /// </summary>
    private static EnterpriseLabels Cultivation(bool chinese, EnterpriseLabels labels, double output, double rd, DateOnly founded)
    {
        if (!chinese || output >= 4 || rd < 0.03
            || (labels & (EnterpriseLabels.Listed | EnterpriseLabels.Champion | EnterpriseLabels.LittleGiant)) != 0)
            return EnterpriseLabels.None;
        var draw = FigureHash(output, rd);
        var years = GenerationDates.AsOf.Year - founded.Year;
        if (years >= 2 && output >= 0.1 && draw < 0.35) return EnterpriseLabels.Specialized | EnterpriseLabels.InnovativeSme;
        return years >= 1 && draw >= 0.35 && draw < 0.61 ? EnterpriseLabels.InnovativeSme : EnterpriseLabels.None;
    }

    // A uniform [0, 1) value from two figures (splitmix64 finaliser over their bits).
    private static double FigureHash(double a, double b)
    {
        var x = unchecked((ulong)BitConverter.DoubleToInt64Bits(a) * 0x9E3779B97F4A7C15UL ^ (ulong)BitConverter.DoubleToInt64Bits(b));
        x = unchecked((x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL);
        x = unchecked((x ^ (x >> 27)) * 0x94D049BB133111EBUL);
        return ((x ^ (x >> 31)) >> 11) / (double)(1UL << 53);
    }

    private EnterpriseStatus Status(Site site, double output, double energy)
    {
        // Small firms close more often; energy-heavy local firms are the ones the city moves out (seed 002, 有序转移).
        var closed = 0.008 + (output < 0.5 ? 0.02 : 0);
        var relocated = site.Kind == Location.Local && energy > 0.25 ? 0.06 : 0.004;
        var u = rng.NextDouble();
        if (u < closed) return EnterpriseStatus.Closed;
        if (u < closed + relocated) return EnterpriseStatus.Relocated;
        return u < closed + relocated + 0.015 ? EnterpriseStatus.Suspended : EnterpriseStatus.Active;
    }

    private static double Round(double value) => Math.Round(value, 4);
}
