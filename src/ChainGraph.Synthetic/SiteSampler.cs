using ChainGraph.Domain;

namespace ChainGraph.Synthetic;

/// <summary>Draws where a firm of a segment is, following the segment's <see cref="LocationMix"/>.</summary>
public static class SiteSampler
{
    /// <summary>
    /// Draws a site. <paramref name="localAllowed"/> false (the segment's local cap is reached) redraws a local
    /// outcome among the others; <paramref name="forceLocal"/> places the firm in the city regardless.
    /// </summary>
    public static Site Sample(Random rng, SegmentTemplate segment, bool localAllowed, bool forceLocal = false)
    {
        var mix = segment.Mix;
        if (forceLocal) return Local(rng, segment, null);
        ReadOnlySpan<double> weights = [localAllowed ? mix.Local : 0, mix.Province, mix.Country, mix.Overseas];
        return Variates.Weighted(rng, weights) switch
        {
            0 => Local(rng, segment, null),
            1 => InProvince(rng, segment.Activity),
            2 => InChina(rng, Variates.Pick(rng, mix.Regions)),
            _ => Overseas(rng, Variates.Pick(rng, mix.Countries)),
        };
    }

    /// <summary>A site in the city, in <paramref name="district"/> or one the segment's activity favours.</summary>
    public static Site Local(Random rng, SegmentTemplate segment, string? district)
    {
        district ??= Variates.Pick(rng, segment.Profile.Districts);
        return new Site(Location.Local, district, Geography.HomeProvince, Geography.HomeCountry,
            PlaceCatalog.DivisionOfDistrict(district), PlaceCatalog.CityName);
    }

    private static Site InProvince(Random rng, SegmentActivity activity)
    {
        var (city, division) = Variates.Pick(rng, PlaceCatalog.ProvinceCitiesFor(activity));
        return InCity(Geography.HomeProvince, city, division);
    }

    private static Site InChina(Random rng, string region)
    {
        if (region == Geography.HomeProvince) return InProvince(rng, SegmentActivity.Materials);
        var (city, division) = Variates.Pick(rng, PlaceCatalog.CitiesOf(region));
        return InCity(region, city, division);
    }

    private static Site InCity(string region, string city, string division) =>
        new(Geography.Classify(null, region, Geography.HomeCountry, city, Geography.MetroRing), null, region, Geography.HomeCountry,
        division, city);

    private static Site Overseas(Random rng, string country) =>
        new(Location.Overseas, null, null, country, Variates.Pick(rng, PlaceCatalog.SubsidiaryDivisions), null);
}
