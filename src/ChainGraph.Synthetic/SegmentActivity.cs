namespace ChainGraph.Synthetic;

/// <summary>
/// What the firms of a segment mostly do. It shapes their size, R&amp;D, energy use and staffing
/// (<see cref="ActivityProfile"/>) and which districts of the city they sit in.
/// </summary>
public enum SegmentActivity
{
    /// <summary>Mining and raw resources (锂资源).</summary>
    Resources,
    /// <summary>Materials and chemicals (正极材料, 光刻胶).</summary>
    Materials,
    /// <summary>Components and modules (电芯, 被动元件, 晶圆制造).</summary>
    Components,
    /// <summary>Production equipment (光刻机, 数控系统).</summary>
    Equipment,
    /// <summary>Design, software and IP (芯片设计, EDA/IP).</summary>
    Design,
    /// <summary>Final assembly and system integration (整车, 整机).</summary>
    Assembly,
}
