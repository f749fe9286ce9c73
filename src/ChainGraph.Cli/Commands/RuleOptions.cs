using System.CommandLine;
using ChainGraph.Analysis.Chains;

namespace ChainGraph.Cli.Commands;

/// <summary>The bureau's configurable rules of thumb (DOMAIN.md) as command-line options.</summary>
public sealed class RuleOptions
{
    private readonly Option<int> _minimumLocal = new("--weak-min-local") { Description = "Weak when fewer in-city enterprises serve a segment (N)", DefaultValueFactory = _ => AnalysisSettings.Default.WeakLinkMinimumLocalEnterprises };
    private readonly Option<double> _maximumOutside = new("--weak-max-outside") { Description = "Weak when more than this share of supply comes from outside the city (X, 0–1)", DefaultValueFactory = _ => AnalysisSettings.Default.WeakLinkMaximumOutsideShare };
    private readonly Option<double> _soleSource = new("--sole-source") { Description = "Sole source above this share of a customer's input (S, 0–1)", DefaultValueFactory = _ => AnalysisSettings.Default.SoleSourceShare };

    public void AddTo(Command command)
    {
        command.Options.Add(_minimumLocal);
        command.Options.Add(_maximumOutside);
        command.Options.Add(_soleSource);
    }

    public AnalysisSettings Read(ParseResult parse)
    {
        var settings = AnalysisSettings.Default with
        {
            WeakLinkMinimumLocalEnterprises = parse.GetValue(_minimumLocal),
            WeakLinkMaximumOutsideShare = parse.GetValue(_maximumOutside),
            SoleSourceShare = parse.GetValue(_soleSource),
        };
        if (settings.WeakLinkMaximumOutsideShare is < 0 or > 1 || settings.SoleSourceShare is < 0 or > 1 || settings.WeakLinkMinimumLocalEnterprises < 0)
            throw new UsageException("--weak-max-outside and --sole-source must be within 0–1 and --weak-min-local ≥ 0");
        return settings;
    }
}
