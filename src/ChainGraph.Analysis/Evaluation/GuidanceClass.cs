namespace ChainGraph.Analysis.Evaluation;

/// <summary>
/// The guidance classes of the 2009 transfer plan's "加强对工业企业分类引导" (four classes), plus the routine service
/// most firms receive when none of the four applies.
/// </summary>
public enum GuidanceClass
{
    /// <summary>
    /// 做大做强: support to grow (high technology, value added, growth or tax; chain owners, core suppliers, little giants, champions).
    /// </summary>
    SupportToGrow,
    /// <summary>常规服务: no targeted guidance — neither an outstanding firm nor a transfer candidate (most firms).</summary>
    RoutineService,
    /// <summary>总部留深: keep the headquarters in the city, move labour- or land-intensive production out.</summary>
    KeepHeadquarters,
    /// <summary>有序转移: assist an orderly transfer (labour-intensive, low value added, energy- or land-heavy processing stages).</summary>
    AssistTransfer,
    /// <summary>
    /// 依法淘汰: close by law — only for a compliance finding (safety hazard, no licence, wage arrears, banned capacity), never for a score.
    /// </summary>
    Eliminate,
}
