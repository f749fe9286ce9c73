namespace ChainGraph.Domain;

/// <summary>
/// A project of the 攻关项目清单 answering one checklist item (<see cref="ItemId"/>, e.g. <c>link:nev:battery-cell</c>):
/// the undertaking firm (牵头单位) and its partners, the goal, the budget and the investment (万元, the base of the
/// instrument's amount), the policy instrument (<c>PolicyInstrument.Id</c>) with the support amount (万元, at most the
/// instrument's cap), the approval status and the quarter (<c>2026Q4</c>). Partners are credit codes in file order;
/// two projects are equal when every field, partners included, is equal.
/// </summary>
public sealed record Project(
    string Id,
    string ItemId,
    string ChainId,
    string? SegmentId,
    string LeadEnterpriseId,
    IReadOnlyList<string> Partners,
    string Goal,
    double Budget,
    double? Investment,
    string InstrumentId,
    double? Amount,
    ProjectStatus Status,
    string Quarter)
{
    public bool Equals(Project? other) =>
        other is not null && Id == other.Id && ItemId == other.ItemId && ChainId == other.ChainId && SegmentId == other.SegmentId
        && LeadEnterpriseId == other.LeadEnterpriseId && Partners.SequenceEqual(other.Partners) && Goal == other.Goal
        && Budget.Equals(other.Budget) && Investment.Equals(other.Investment) && InstrumentId == other.InstrumentId
        && Amount.Equals(other.Amount) && Status == other.Status && Quarter == other.Quarter;

    public override int GetHashCode() => HashCode.Combine(Id, ItemId, LeadEnterpriseId, Budget, Status, Quarter);

    /// <summary>The partners as the files and the store write them: <c>A;B</c> (empty for none).</summary>
    public string PartnerList() => string.Join(';', Partners);

    /// <summary>Splits <c>A;B</c> (or <c>A,B</c>) into trimmed, non-empty ids.</summary>
    public static IReadOnlyList<string> ParsePartners(string? text) =>
        text is null ? [] : text.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
