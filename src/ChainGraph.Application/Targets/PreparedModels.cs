namespace ChainGraph.Application.Targets;

/// <summary>
/// What <see cref="TargetsModels.Prepare"/> did: of <paramref name="Chains"/> chains, <paramref name="Built"/> had no model yet.
/// </summary>
public sealed record PreparedModels(int Chains, int Built);
