namespace ChainGraph.Analysis.Risk.Features;

/// <summary>
/// Settings the features depend on. Stored in every model file so scoring rebuilds exactly the features the model was
/// trained on. Defaults follow the chain templates: the export-controlled segments (EDA/IP, 光刻胶, 光刻机, 刻蚀与薄膜设备,
/// 处理器芯片, 存储芯片, 操作系统, 射频, 编解码芯片, 探测器, 数控系统) and the countries whose controls reach them.
/// </summary>
public sealed record FeatureOptions
{
    /// <summary>A supplier is a sole source above this share (0–1) of a customer's input for a segment.</summary>
    public double SoleSourceShare { get; init; } = 0.8;

    /// <summary>A firm is young when founded less than this many years before the as-of date.</summary>
    public int YoungYears { get; init; } = 5;

    /// <summary>Segment ids whose technology is under foreign export controls.</summary>
    public IReadOnlyList<string> ExportControlledSegments { get; init; } =
    [
        "ic-eda", "ic-photoresist", "ic-litho", "ic-etch", "terminal-soc", "terminal-memory", "terminal-os", "terminal-rf",
        "uhd-display-codec", "medical-detector", "machine-tool-cnc",
    ];

    /// <summary>ISO 3166 alpha-2 codes of the countries whose export controls reach those segments.</summary>
    public IReadOnlyList<string> ControllingCountries { get; init; } = ["US", "NL", "JP"];

    public static FeatureOptions Default { get; } = new();
}
