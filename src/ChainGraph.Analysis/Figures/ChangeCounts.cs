namespace ChainGraph.Analysis.Figures;

/// <summary>Checklist items against a previous checklist: new, resolved, improved, worsened, unchanged.</summary>
public sealed record ChangeCounts(int New, int Resolved, int Improved, int Worsened, int Unchanged);
