using ChainGraph.Domain.Text;

namespace ChainGraph.Analysis.Pipeline;

/// <summary>
/// One criterion of the next rung for one firm: the measured value (null when the data has none), the threshold, whether
/// it is met, and whether it is missed by no more than the near margin. <see cref="Maximum"/> criteria are limits (SME
/// size): a value must stay below them, and they have no margin.
/// </summary>
public sealed record RungCheck(RungCriterion Criterion, double? Value, double Threshold, bool Maximum, bool Met, bool Near,
    Localized Detail);
