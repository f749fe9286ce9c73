using ChainGraph.Domain;

namespace ChainGraph.Analysis.Chains;

/// <summary>An amount split by <see cref="Location"/> (counts or values; see where it is used).</summary>
public sealed record LocationSplit(double Local, double Metro, double Province, double Country, double Overseas)
{
    public static LocationSplit Zero { get; } = new(0, 0, 0, 0, 0);

    public double Total => Local + Metro + Province + Country + Overseas;

    /// <summary>Everything outside the city, the metropolitan ring included.</summary>
    public double Outside => Metro + Province + Country + Overseas;

    public double Of(Location location) => location switch
    {
        Location.Local => Local,
        Location.Metro => Metro,
        Location.Province => Province,
        Location.Country => Country,
        _ => Overseas,
    };

    public LocationSplit Add(Location location, double amount) => location switch
    {
        Location.Local => this with { Local = Local + amount },
        Location.Metro => this with { Metro = Metro + amount },
        Location.Province => this with { Province = Province + amount },
        Location.Country => this with { Country = Country + amount },
        _ => this with { Overseas = Overseas + amount },
    };

    /// <summary>The same split as fractions of <see cref="Total"/> (all zero when the total is zero).</summary>
    public LocationSplit Shares() =>
        Total == 0 ? Zero : new(Local / Total, Metro / Total, Province / Total, Country / Total, Overseas / Total);
}
