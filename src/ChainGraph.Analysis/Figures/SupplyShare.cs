using ChainGraph.Analysis.Chains;

namespace ChainGraph.Analysis.Figures;

/// <summary>
/// 本地配套率: the local owners' and core firms' input from live suppliers, by where the supplier is (万元 a year), with the
/// share from the city (<see cref="LocalShare"/>) and from the city and the metropolitan ring (<see cref="NearShare"/>),
/// 0–1; both null when no value is recorded.
/// </summary>
public sealed record SupplyShare(LocationSplit Value)
{
    public double? LocalShare => Value.Total > 0 ? Value.Local / Value.Total : null;

    public double? NearShare => Value.Total > 0 ? (Value.Local + Value.Metro) / Value.Total : null;
}
