namespace ChainGraph.Synthetic;

/// <summary>
/// The six key chains of the city with their segment templates, written from domain knowledge
/// (docs/data-generation.md lists them). Each chain marks 3–6 key segments, has 1–2 segments with no
/// local firm (locally missing links) and some capped at 1–2 local firms (weak links).
/// </summary>
public static partial class ChainTemplates
{
    public static IReadOnlyList<ChainTemplate> All { get; } =
        [NewEnergyVehicle(), IntegratedCircuit(), SmartTerminal(), UltraHdDisplay(), MedicalDevices(), MachineTools()];

    /// <summary>Firms that also work in a segment of another chain (only the shenzhen preset places these).</summary>
    public static IReadOnlyList<CrossMembership> CrossMemberships { get; } =
    [
        new("terminal-device", "ic-application", 0.4),
        new("uhd-display-tv", "ic-application", 0.3),
        new("nev-vehicle", "ic-application", 0.2),
        new("terminal-display", "uhd-display-module", 0.25),
        new("terminal-battery", "nev-pack", 0.15),
        new("nev-motor", "machine-tool-servo", 0.15),
    ];
}
