namespace ChainGraph.Analysis.Checklist;

/// <summary>
/// A chain's health in one word from its open checklist items, by how many are critical or high rather than by the single
/// worst item (one critical item among fifty sound segments is a warning, not a danger). Thresholds (docs/checklist-method.md):
/// 危险 (danger) with <see cref="DangerCritical"/> or more critical items; 预警 (warning) with at least one critical or
/// <see cref="WarningHigh"/> high items; 关注 (watch) with any high item or <see cref="WatchMedium"/> medium ones; else 良好 (sound).
/// </summary>
public static class ChainHealth
{
    public const int DangerCritical = 3;
    public const int WarningHigh = 3;
    public const int WatchMedium = 3;

    public static HealthGrade Of(IReadOnlyCollection<ChecklistItem> items)
    {
        int Count(SeverityLevel level) => items.Count(i => i.Level == level);
        var (critical, high, medium) = (Count(SeverityLevel.Critical), Count(SeverityLevel.High), Count(SeverityLevel.Medium));
        if (critical >= DangerCritical) return HealthGrade.Danger;
        if (critical > 0 || high >= WarningHigh) return HealthGrade.Warning;
        if (high > 0 || medium >= WatchMedium) return HealthGrade.Watch;
        return HealthGrade.Sound;
    }
}
