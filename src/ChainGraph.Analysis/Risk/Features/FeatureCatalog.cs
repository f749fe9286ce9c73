namespace ChainGraph.Analysis.Risk.Features;

/// <summary>
/// The likelihood model's inputs, in column order. Names are stable: model files, explanations and the API use them,
/// so a feature is only ever added at the end (with a model format version bump), never renamed or reordered.
/// Every value is computed "as of" a date and reads only events strictly before it (see <see cref="FeatureBuilder"/>).
/// The recorded status is deliberately not a feature: it is today's snapshot, so in a past window it would carry what
/// happened later (a firm suspended after an event). Only scoring leaves inactive firms out (<see cref="FeatureBuilder.BuildLive"/>).
/// </summary>
public static class FeatureCatalog
{
    public const string LogOutput = "log_output";
    public const string AgeYears = "age_years";
    public const string Young = "young";
    public const string RevenueToOutput = "revenue_to_output";
    public const string TaxRate = "tax_rate";
    public const string RdRatio = "rd_ratio";
    public const string EnergyPerOutput = "energy_per_output";
    public const string Province = "province";
    public const string RestOfCountry = "rest_of_country";
    public const string Overseas = "overseas";
    public const string SanctionsCountry = "sanctions_country";
    public const string SanctionsExposed = "sanctions_exposed";
    public const string SupplierHhi = "supplier_hhi";
    public const string SoleSourceDependence = "sole_source_dependence";
    public const string LogDegree = "log_degree";
    public const string PageRank = "pagerank";
    public const string PastEvents1Y = "past_events_1y";
    public const string PastEventRate = "past_event_rate";
    public const string PastMaxSeverity = "past_max_severity_3y";

    public static IReadOnlyList<FeatureDefinition> All { get; } =
    [
        new(LogOutput, "size: natural log of annual output, clipped to [ln 0.01, ln 10000]", "ln 亿元"),
        new(AgeYears, "years since founding at the as-of date (10 when unknown)", "years"),
        new(Young, "1 when founded less than YoungYears (default 5) years before the as-of date", "flag"),
        new(RevenueToOutput,
        "revenue / annual output, clipped to [0, 5] (1 when unknown); not ln revenue, which would duplicate log_output", "ratio"),
        new(TaxRate, "tax / revenue (0 when unknown)", "ratio"),
        new(RdRatio, "R&D spending / revenue (0 when unknown)", "ratio"),
        new(EnergyPerOutput, "energy use per output (0 when unknown)", "吨标准煤/万元"),
        new(Province, "1 when located elsewhere in 广东 (reference: inside the city)", "flag"),
        new(RestOfCountry, "1 when located elsewhere in China", "flag"),
        new(Overseas, "1 when located outside China", "flag"),
        new(SanctionsCountry, "1 when based in a country whose export controls reach the chains (default US, NL, JP)", "flag"),
        new(SanctionsExposed, "1 when in an export-controlled segment and based in such a country", "flag"),
        new(SupplierHhi, "concentration of its own suppliers: mean over its input segments of Σ (share / Σ share)², 0 without suppliers",
        "0–1"),
        new(SoleSourceDependence, "fraction of its input segments in which one supplier provides more than the sole-source share", "0–1"),
        new(LogDegree, "ln(1 + distinct suppliers + distinct customers) in the whole supply graph", "ln count"),
        new(PageRank, "ln(n × PageRank) on the reversed supply graph (customers pass importance to suppliers); 0 is average", "ln ratio"),
        new(PastEvents1Y, "disruption events in the year before the as-of date", "count"),
        new(PastEventRate, "disruption events per year of observed history before the as-of date", "events/year"),
        new(PastMaxSeverity, "largest severity of its events in the three years before the as-of date (0 when none)", "0–1"),
    ];

    public static IReadOnlyList<string> Names { get; } = [.. All.Select(f => f.Name)];

    public static int Count => All.Count;

    /// <summary>Column of a feature name, or -1.</summary>
    public static int IndexOf(string name)
    {
        for (var i = 0; i < All.Count; i++)
        {
            if (All[i].Name == name) return i;
        }
        return -1;
    }

    public static FeatureDefinition Get(string name) =>
        All.FirstOrDefault(f => f.Name == name) ?? throw new KeyNotFoundException($"unknown feature '{name}'");
}
