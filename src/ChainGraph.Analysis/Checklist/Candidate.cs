using ChainGraph.Domain;
using ChainGraph.Domain.Text;

namespace ChainGraph.Analysis.Checklist;

/// <summary>
/// A firm the bureau could turn to for a checklist item: a substitute for a threatened supplier (国产替代 / 本地替代), an
/// out-of-city firm to attract (招商目标) or a local firm that could expand (强链 by 技术改造). <see cref="Score"/> is in
/// [0, 1] and is the sum of <see cref="Terms"/>, each with its figures; <see cref="Reasons"/> are their texts in Chinese
/// (<see cref="ReasonsIn"/> for English). Every candidate is live and already serves the item's segment.
/// </summary>
public sealed record Candidate(string EnterpriseId, string Name, Location Location, CandidateKind Kind, double Score,
    IReadOnlyList<SeverityTerm> Terms)
{
    /// <summary>Terms adding less than this to the score are not given as reasons: an analyst reads "R&amp;D 0%" as noise.</summary>
    public const double ReasonFloor = 0.01;

    /// <summary>Why it is listed, in Chinese, the strongest term first: where it is, and what adds to its score.</summary>
    public IReadOnlyList<string> Reasons => ReasonsIn(Language.Zh);

    /// <summary>
    /// <see cref="Reasons"/> in <paramref name="language"/>: the location and overseas marks always, the other terms when
    /// they add at least <see cref="ReasonFloor"/>. <see cref="Terms"/> keeps every term (their amounts sum to the score).
    /// </summary>
    public IReadOnlyList<string> ReasonsIn(Language language) =>
        [.. Terms.Where(t => t.Term is "ring" or "overseas" || t.Amount >= ReasonFloor).Select(t => t.Text.In(language))];
}

/// <summary>What a <see cref="Candidate"/> would do for the item.</summary>
public enum CandidateKind
{
    /// <summary>替代候选: already serves the segment and could replace the threatened supplier.</summary>
    Substitute,
    /// <summary>招商目标: an out-of-city firm serving the segment, to attract into the city.</summary>
    Attract,
    /// <summary>扩产候选: a local firm serving the segment that could expand (强链 by 技术改造).</summary>
    Expand,
}
