namespace ChainGraph.Analysis.Chains;

/// <summary>Whether a firm's supply can be counted on, from its status and its recent closure events.</summary>
public enum SupplierStanding
{
    /// <summary>Active (or relocated) with no closure in the recent window.</summary>
    Live,
    /// <summary>Status closed.</summary>
    Closed,
    /// <summary>Status suspended.</summary>
    Suspended,
    /// <summary>Status still active, but a closure event is recorded within the recent window.</summary>
    RecentClosure,
}
