namespace ChainGraph.Storage.Import;

/// <summary>
/// Where an import may read and how much: with a <see cref="Root"/> (the service), only regular files whose real path
/// (symbolic links resolved) lies inside it; without one (the command-line tool, run by a local operator), any folder.
/// Either way only regular files are read (no FIFOs, devices or sockets, which could block or never end) and
/// <see cref="Limits"/> apply.
/// </summary>
public sealed record ImportAccess(ImportRoot? Root, ImportLimits Limits)
{
    /// <summary>Any folder, a local operator's limits (<see cref="ImportLimits.Local"/>: the command-line tool and tests).</summary>
    public static ImportAccess Local { get; } = new(null, ImportLimits.Local);
}
