namespace ChainGraph.Analysis.Checklist;

/// <summary>
/// The investment of the project answering a checklist item (万元), the base of investment-based instruments, and its
/// undertaking firm (牵头单位, credit code) when the project names one. Supplied to <see cref="ChecklistBuilder"/> by item id.
/// </summary>
public sealed record ProjectInvestment(double InvestmentWan, string? LeadEnterpriseId = null);
