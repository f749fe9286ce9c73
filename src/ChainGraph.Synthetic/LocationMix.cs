using System.Globalization;

namespace ChainGraph.Synthetic;

/// <summary>
/// Where a segment's firms are: relative weights of local (in the city), rest of the province, rest of the
/// country and overseas; the regions (province short names) and countries (ISO alpha-2) drawn from, with weights;
/// and an optional cap on the number of local firms: 0 makes a locally missing link, 1–2 a weak link.
/// Empty region or country lists mean <see cref="PlaceCatalog.DefaultRegions"/> / <see cref="PlaceCatalog.DefaultCountries"/>.
/// </summary>
public sealed record LocationMix(
    double Local,
    double Province,
    double Country,
    double Overseas,
    IReadOnlyList<(string Name, double Weight)> Regions,
    IReadOnlyList<(string Name, double Weight)> Countries,
    int? LocalCap)
{
    /// <summary>Builds a mix from compact weight lists such as <c>"江西 4 青海 3"</c> and <c>"AU 4 CL 4"</c>.</summary>
    public static LocationMix Of(double local, double province, double country, double overseas,
        string regions = "", string countries = "", int? localCap = null) =>
        new(localCap == 0 ? 0 : local, province, country, overseas,
            ParseWeights(regions, PlaceCatalog.DefaultRegions), ParseWeights(countries, PlaceCatalog.DefaultCountries), localCap);

    /// <summary>Parses alternating names and weights separated by spaces.</summary>
    public static IReadOnlyList<(string Name, double Weight)> ParseWeights(string text,
        IReadOnlyList<(string Name, double Weight)> fallback)
    {
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0) return fallback;
        var weights = new (string, double)[parts.Length / 2];
        for (var i = 0; i < weights.Length; i++)
            weights[i] = (parts[2 * i], double.Parse(parts[2 * i + 1], CultureInfo.InvariantCulture));
        return weights;
    }
}
