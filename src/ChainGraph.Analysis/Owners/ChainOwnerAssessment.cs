namespace ChainGraph.Analysis.Owners;

/// <summary>
/// A chain's recorded owners and candidates, confirmed first, then those that no longer qualify, proposed and near misses.
/// </summary>
public sealed record ChainOwnerAssessment(string ChainId, string Name, IReadOnlyList<OwnerCandidate> Candidates)
{
    public IEnumerable<OwnerCandidate> Proposed => Candidates.Where(c => c.Status == OwnerStatus.Proposed);

    public IEnumerable<OwnerCandidate> NoLongerQualifying => Candidates.Where(c => c.Status == OwnerStatus.NoLongerQualifies);
}
