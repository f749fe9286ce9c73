namespace ChainGraph.Analysis.Checklist;

/// <summary>A support instrument of seed 004 (DOMAIN.md table) a checklist item can point to.</summary>
public sealed record PolicyInstrument(string Id, string Name, string Section, string Support)
{
    public static readonly PolicyInstrument IndustrialFoundation = new("industrial-foundation", "工业强基", "§7", "≤30% of investment, max 1000万");
    public static readonly PolicyInstrument TechnicalRenovation = new("technical-renovation", "技术改造", "§8", "≤20% of investment, max 5000万; loan interest ≤50%, max 500万");
    public static readonly PolicyInstrument FirstOfKind = new("first-of-kind", "三首", "§11", "≤30% of sales, max 1000万");
    public static readonly PolicyInstrument MajorProject = new("major-project", "重大项目引进", "§4–5", "up to 20% of fixed investment, max 5000万");
    public static readonly PolicyInstrument SupplyChainService = new("supply-chain-service", "供应链服务", "§14", "≤20%, max 500万");
    public static readonly PolicyInstrument IndustrialInternet = new("industrial-internet", "工业互联网", "§9", "≤30%, max 1000万");

    public static IReadOnlyList<PolicyInstrument> All { get; } =
        [IndustrialFoundation, TechnicalRenovation, FirstOfKind, MajorProject, SupplyChainService, IndustrialInternet];

    public override string ToString() => $"{Name} ({Section})";
}
