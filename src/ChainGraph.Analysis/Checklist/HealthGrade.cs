namespace ChainGraph.Analysis.Checklist;

/// <summary>Chain health in one word, from the most severe open checklist item.</summary>
public enum HealthGrade
{
    Sound,
    Watch,
    Warning,
    Danger,
}
