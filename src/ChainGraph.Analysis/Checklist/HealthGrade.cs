namespace ChainGraph.Analysis.Checklist;

/// <summary>Chain health in one word (<see cref="ChainHealth"/>).</summary>
public enum HealthGrade
{
    Sound,
    Watch,
    Warning,
    Danger,
}
