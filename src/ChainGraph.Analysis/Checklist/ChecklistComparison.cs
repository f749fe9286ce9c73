namespace ChainGraph.Analysis.Checklist;

/// <summary>
/// The quarterly review: what is new, resolved, worsened or improved since a previous checklist. A change of type
/// decides first (a missing link that became weak is an improvement, the reverse a worsening); otherwise a severity
/// change of at least <see cref="Threshold"/>.
/// </summary>
public static class ChecklistComparison
{
    /// <summary>A change of at least this much severity counts as worsened or improved.</summary>
    public const double Threshold = 0.05;

    public static IReadOnlyList<ChecklistChange> Compare(IReadOnlyList<PreviousItem> previous, IReadOnlyList<ChecklistItem> current)
    {
        var before = previous.ToDictionary(p => p.Id);
        var now = current.ToDictionary(c => c.Id);
        var changes = current.Select(c => Classify(before.GetValueOrDefault(c.Id), c)).ToList();
        changes.AddRange(previous.Where(p => !now.ContainsKey(p.Id))
            .Select(p => new ChecklistChange(p.Id, ChangeKind.Resolved, p.Severity, null, null, p.Type, p.Title)));
        return changes.OrderBy(c => c.Kind).ThenByDescending(c => c.Current ?? c.Previous).ToList();
    }

    private static ChecklistChange Classify(PreviousItem? before, ChecklistItem now)
    {
        if (before is null) return new(now.Id, ChangeKind.New, null, now.Severity, now, null, null);
        var kind = TypeChange(before.Type, now.Type) ?? SeverityChange(now.Severity - before.Severity);
        return new(now.Id, kind, before.Severity, now.Severity, now, before.Type, before.Title);
    }

    private static ChangeKind SeverityChange(double delta) =>
        delta >= Threshold ? ChangeKind.Worsened : delta <= -Threshold ? ChangeKind.Improved : ChangeKind.Unchanged;

    // Missing → weak is an improvement (补链 worked); weak → missing a worsening. Other type changes (a chokepoint found
    // overseas, say) are judged by severity.
    private static ChangeKind? TypeChange(ChecklistItemType? before, ChecklistItemType now) => (before, now) switch
    {
        (ChecklistItemType.Missing, ChecklistItemType.Weak) => ChangeKind.Improved,
        (ChecklistItemType.Weak, ChecklistItemType.Missing) => ChangeKind.Worsened,
        _ => null,
    };
}

/// <summary>
/// An item of an earlier checklist, as read back from its JSON: <see cref="Type"/> and <see cref="Title"/> (chain,
/// segment and firm names) when the file records them, so a resolved item can be named.
/// </summary>
public sealed record PreviousItem(string Id, double Severity, ChecklistItemType? Type = null, string? Title = null);

/// <summary>
/// One line of a comparison; <see cref="Item"/> is null for resolved items. <see cref="PreviousType"/> differs from the
/// item's type when the finding changed kind (missing → weak).
/// </summary>
public sealed record ChecklistChange(string Id, ChangeKind Kind, double? Previous, double? Current, ChecklistItem? Item,
    ChecklistItemType? PreviousType = null, string? PreviousTitle = null)
{
    public bool TypeChanged => Item is not null && PreviousType is { } before && before != Item.Type;
}

public enum ChangeKind
{
    New,
    Worsened,
    Resolved,
    Improved,
    Unchanged,
}
