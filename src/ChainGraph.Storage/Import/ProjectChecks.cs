using System.Globalization;
using ChainGraph.Domain;

namespace ChainGraph.Storage.Import;

/// <summary>
/// The checks of one project row on its own: the item id names the project's chain (and segment, for a link), the
/// quarter reads <c>2026Q4</c>, the amount stays within the instrument's cap, the lead is not also a partner.
/// References to chains, segments and firms are checked by <see cref="ImportValidator"/>.
/// </summary>
internal static class ProjectChecks
{
    /// <summary>The instrument with this id (case-insensitive, <c>_</c> accepted for <c>-</c>), or null.</summary>
    public static PolicyInstrument? Instrument(string id) =>
        PolicyInstrument.All.FirstOrDefault(i => string.Equals(i.Id, id.Replace('_', '-'), StringComparison.OrdinalIgnoreCase));

    public static void CheckRow(RowReader row, Project project)
    {
        CheckItem(row, project);
        if (project.Quarter.Length > 0 && !ProjectQuarter.IsValid(project.Quarter))
            row.Error("quarter", $"'{project.Quarter}' is not a quarter (yyyyQn, e.g. 2026Q4)");
        if (project.Amount is { } amount && Instrument(project.InstrumentId) is { } instrument && amount > instrument.Cap)
            row.Error("amount",
                $"{Number(amount)}万元 is above the cap of {instrument.Id} ({instrument.Name}, {instrument.Section}): {Number(instrument.Cap)}万元");
        if (project.Partners.Contains(project.LeadEnterpriseId) && project.LeadEnterpriseId.Length > 0)
            row.Error("partners", $"the lead {project.LeadEnterpriseId} is also listed as a partner");
        var repeated = project.Partners.GroupBy(p => p).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null) row.Error("partners", $"partner {repeated.Key} is listed twice");
    }

    // Item ids are `link:CHAIN:SEGMENT` and `chokepoint:CHAIN:CODE[+CODE]` (ChecklistItem.Id).
    private static void CheckItem(RowReader row, Project project)
    {
        if (project.ItemId.Length == 0) return;
        var parts = project.ItemId.Split(':');
        if (parts.Length != 3 || parts[0] is not ("link" or "chokepoint") || parts[1].Length == 0 || parts[2].Length == 0)
        {
            row.Error("item_id", $"'{project.ItemId}' is not a checklist item id (link:CHAIN:SEGMENT or chokepoint:CHAIN:CREDITCODE)");
            return;
        }
        if (project.ChainId.Length > 0 && parts[1] != project.ChainId)
            row.Error("item_id", $"item {project.ItemId} is in chain '{parts[1]}', not '{project.ChainId}'");
        if (parts[0] == "link" && project.SegmentId is { } segment && parts[2] != segment)
            row.Error("segment_id", $"item {project.ItemId} is about segment '{parts[2]}', not '{segment}'");
    }

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
