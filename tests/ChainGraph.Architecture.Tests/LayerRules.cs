namespace ChainGraph.Architecture.Tests;

/// <summary>
/// The allowed directions (docs/architecture.md): Domain ← Analysis ← Application ← hosts; Storage → Domain only;
/// Reporting → Domain/Analysis only; Synthetic → Domain + Storage (the import format) only; nothing references a host.
/// A new project must be added here, with what it may use, before the test passes.
/// </summary>
internal static class LayerRules
{
    public static readonly string[] Hosts = ["ChainGraph.Api", "ChainGraph.Cli"];

    public static readonly IReadOnlyDictionary<string, string[]> MayUse = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["ChainGraph.Domain"] = [],
        ["ChainGraph.Analysis"] = ["ChainGraph.Domain"],
        ["ChainGraph.Storage"] = ["ChainGraph.Domain"],
        ["ChainGraph.Reporting"] = ["ChainGraph.Domain", "ChainGraph.Analysis"],
        ["ChainGraph.Synthetic"] = ["ChainGraph.Domain", "ChainGraph.Storage"],
        ["ChainGraph.Application"] = ["ChainGraph.Domain", "ChainGraph.Analysis", "ChainGraph.Storage", "ChainGraph.Reporting"],
        ["ChainGraph.Printing"] = ["ChainGraph.Domain", "ChainGraph.Reporting"],
        ["ChainGraph.GraphQL.AspNetCore"] = [],
        ["ChainGraph.Api"] = Everything,
        ["ChainGraph.Cli"] = Everything,
    };

    /// <summary>Projects that do no I/O: no files, folders or processes (the hosts open files and hand over streams).</summary>
    public static readonly string[] Pure = ["ChainGraph.Domain", "ChainGraph.Analysis"];

    /// <summary>Projects whose code may start a process: the reporting layer and the hosts' printing adapter.</summary>
    public static readonly string[] MayStartProcesses = ["ChainGraph.Reporting", "ChainGraph.Printing"];

    private static string[] Everything =>
        ["ChainGraph.Domain", "ChainGraph.Analysis", "ChainGraph.Storage", "ChainGraph.Reporting", "ChainGraph.Synthetic",
         "ChainGraph.Application", "ChainGraph.Printing", "ChainGraph.GraphQL.AspNetCore"];
}
