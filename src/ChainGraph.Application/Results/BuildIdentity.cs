using System.Reflection;

namespace ChainGraph.Application.Results;

/// <summary>
/// Names a build by the module version ids of the assemblies that compute and render a result. The build is
/// deterministic, so an id changes exactly when the assembly's code does: a new build never serves an old answer.
/// </summary>
public static class BuildIdentity
{
    /// <summary>The ids of <paramref name="assemblies"/> (each once, in name order), joined.</summary>
    public static string Of(params IEnumerable<Assembly> assemblies) =>
        string.Join(";", assemblies.Distinct().OrderBy(a => a.FullName, StringComparer.Ordinal)
            .Select(a => $"{a.GetName().Name}={a.ManifestModule.ModuleVersionId:N}"));
}
