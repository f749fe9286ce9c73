namespace ChainGraph.Domain;

/// <summary>
/// The compliance findings that alone put a firm into 依法淘汰 (the 2009 transfer plan's elimination class):
/// written `safety_hazard;unlicensed;wage_arrears;banned_capacity` in files.
/// </summary>
[Flags]
public enum ComplianceFlags
{
    None = 0,
    /// <summary>重大安全隐患: a major safety hazard on record.</summary>
    SafetyHazard = 1,
    /// <summary>无证经营: operating without the licences its business needs.</summary>
    Unlicensed = 2,
    /// <summary>拖欠工资: wage arrears on record.</summary>
    WageArrears = 4,
    /// <summary>国家明令淘汰产能: capacity the state has ordered phased out.</summary>
    BannedCapacity = 8,
}
