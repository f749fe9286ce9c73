using ChainGraph.Analysis.Chains;
using ChainGraph.Domain;

namespace ChainGraph.Cli.Import;

/// <summary>The ids of a dataset's checklist items (default rules), which imported projects are checked against.</summary>
public static class CurrentChecklist
{
    public static IReadOnlySet<string> ItemIds(Dataset dataset) =>
        new ChainAnalyzer(dataset).Checklist().Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
}
