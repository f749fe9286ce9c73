using System.CommandLine;
using ChainGraph.Analysis.Chains;
using ChainGraph.Domain;

namespace ChainGraph.Cli.Commands;

/// <summary>The bureau's configurable rules (docs/checklist-method.md) as command-line options.</summary>
public sealed class RuleOptions
{
    private static readonly AnalysisSettings Defaults = AnalysisSettings.Default;
    private readonly Option<int> _minimumLocal =
        new("--weak-min-local") { Description = "Default baseline: weak below N capable live firms in the city",
        DefaultValueFactory = _ => Defaults.WeakLinkMinimumLocalEnterprises, HelpName = "N" };
    private readonly Option<double> _maximumOutside = new("--weak-max-outside")
    {
        Description = "Default baseline: weak when more than X of local owners' and core firms' input comes from beyond the city and the metropolitan ring (0–1)",
        DefaultValueFactory = _ => Defaults.WeakLinkMaximumOutsideShare,
        HelpName = "X"
    };
    private readonly Option<double> _soleSource =
        new("--sole-source") { Description = "Sole source above this share of a customer's live input (S, 0–1)",
        DefaultValueFactory = _ => Defaults.SoleSourceShare, HelpName = "S" };
    private readonly Option<FileInfo?> _rules = new("--rules") { Description = "Per-segment baselines (CSV: segment,min_local_firms,min_near_share,max_top_share,strong_local_firms; see import/rules/checklist-rules.csv)", HelpName = "FILE.csv" };
    private readonly Option<string?> _ring =
        new("--ring") { Description = $"The metropolitan ring's cities, comma-separated (default {string.Join(",", Geography.MetroRing)})",
        HelpName = "CITIES" };
    private readonly Option<bool> _missingCountsRing =
        new("--missing-counts-ring") { Description = "A segment is missing only when neither the city nor the ring has a capable firm" };
    private readonly Option<DateOnly?> _asOf =
        new("--as-of") { Description = "The date the analysis speaks for (default: the latest event in the data)",
        HelpName = "yyyy-MM-dd" };
    private readonly Option<int> _recentClosure =
        new("--recent-closure-months") { Description = "A closure event this recent makes an active supplier's record suspect",
        DefaultValueFactory = _ => Defaults.RecentClosureMonths, HelpName = "M" };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { _minimumLocal, _maximumOutside, _soleSource, _rules, _ring, _missingCountsRing, _asOf,
            _recentClosure })
            command.Options.Add(option);
    }

    /// <exception cref="UsageException">An option is out of range or the ring names a city outside the province.</exception>
    /// <exception cref="InvalidDataException">The rules file is malformed (the message names file, line and column).</exception>
    public AnalysisSettings Read(ParseResult parse, Dataset dataset)
    {
        var settings = Defaults with
        {
            WeakLinkMinimumLocalEnterprises = parse.GetValue(_minimumLocal),
            WeakLinkMaximumOutsideShare = parse.GetValue(_maximumOutside),
            SoleSourceShare = parse.GetValue(_soleSource),
            MetroRing = Ring(parse.GetValue(_ring)) ?? Defaults.MetroRing,
            MissingCountsRing = parse.GetValue(_missingCountsRing),
            AsOf = parse.GetValue(_asOf),
            RecentClosureMonths = parse.GetValue(_recentClosure),
        };
        if (settings.WeakLinkMaximumOutsideShare is < 0 or > 1 || settings.SoleSourceShare is < 0 or > 1
            || settings.WeakLinkMinimumLocalEnterprises < 0 || settings.RecentClosureMonths < 0)
            throw new UsageException(
                "--weak-max-outside and --sole-source must be within 0–1, --weak-min-local and --recent-closure-months ≥ 0");
        return parse.GetValue(_rules) is { } file ? settings with { Baselines = ReadRules(file, settings, dataset) } : settings;
    }

    private static IReadOnlyList<string>? Ring(string? text)
    {
        if (text is null) return null;
        var cities = text.Split([',', ';', '，'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(c => c.TrimEnd('市'))
            .ToList();
        var unknown = cities.FirstOrDefault(c => !Geography.IsProvinceCity(c) || c == Geography.HomeCity);
        if (unknown is not null) throw new UsageException($"--ring: '{unknown}' is not another city of {Geography.HomeProvince}; cities: {string.Join(", ", Geography.ProvinceCities.Where(c => c != Geography.HomeCity))}");
        return cities;
    }

    private static SegmentBaselines ReadRules(FileInfo file, AnalysisSettings settings, Dataset dataset)
    {
        if (!file.Exists) throw new UsageException($"--rules: {file.FullName} does not exist");
        using var reader = new StreamReader(file.FullName);
        var ids = dataset.Segments.Select(s => s.Id).Concat(dataset.Chains.Select(c => c.Id)).ToHashSet(StringComparer.Ordinal);
        return BaselineFile.Read(reader, file.FullName, settings, ids);
    }
}
