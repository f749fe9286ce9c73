namespace ChainGraph.Analysis.Checklist;

/// <summary>The quarterly review: what is new, resolved, worsened or improved since a previous checklist.</summary>
public static class ChecklistComparison
{
    /// <summary>A change of at least this much severity counts as worsened or improved.</summary>
    public const double Threshold = 0.05;

    public static IReadOnlyList<ChecklistChange> Compare(IReadOnlyList<PreviousItem> previous, IReadOnlyList<ChecklistItem> current)
    {
        var before = previous.ToDictionary(p => p.Id);
        var now = current.ToDictionary(c => c.Id);
        var changes = current.Select(c => Classify(before.GetValueOrDefault(c.Id), c)).ToList();
        changes.AddRange(previous.Where(p => !now.ContainsKey(p.Id)).Select(p => new ChecklistChange(p.Id, ChangeKind.Resolved, p.Severity, null, null)));
        return changes.OrderBy(c => c.Kind).ThenByDescending(c => c.Current ?? c.Previous).ToList();
    }

    private static ChecklistChange Classify(PreviousItem? before, ChecklistItem now)
    {
        if (before is null) return new(now.Id, ChangeKind.New, null, now.Severity, now);
        var delta = now.Severity - before.Severity;
        var kind = delta >= Threshold ? ChangeKind.Worsened : delta <= -Threshold ? ChangeKind.Improved : ChangeKind.Unchanged;
        return new(now.Id, kind, before.Severity, now.Severity, now);
    }
}

/// <summary>An item of an earlier checklist, as read back from its JSON.</summary>
public sealed record PreviousItem(string Id, double Severity);

/// <summary>One line of a comparison; <see cref="Item"/> is null for resolved items.</summary>
public sealed record ChecklistChange(string Id, ChangeKind Kind, double? Previous, double? Current, ChecklistItem? Item);

public enum ChangeKind
{
    New,
    Worsened,
    Resolved,
    Improved,
    Unchanged,
}
