namespace ChainGraph.Analysis.Owners;

/// <summary>Where an enterprise stands against the chain-owner criteria.</summary>
public enum OwnerStatus
{
    /// <summary>Recorded as owner and meets every criterion.</summary>
    Confirmed,
    /// <summary>Recorded as owner but fails at least one criterion: the record should be reviewed.</summary>
    NoLongerQualifies,
    /// <summary>Not recorded as owner but meets every criterion: propose it.</summary>
    Proposed,
    /// <summary>Not recorded; meets all criteria but one (a firm to watch or to help grow).</summary>
    NearMiss,
}
