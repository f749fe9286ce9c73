using ChainGraph.Domain;
using static ChainGraph.Domain.Stage;
using static ChainGraph.Synthetic.LocationMix;
using static ChainGraph.Synthetic.SegmentActivity;

namespace ChainGraph.Synthetic;

public static partial class ChainTemplates
{
    // 超高清视频显示: substrate glass has no local firm; OLED emitter materials are a weak link.
    private static ChainTemplate UltraHdDisplay() =>
        new TemplateBuilder("uhd-display", "超高清视频显示", ChainCategory.StrategicEmerging)
            .Segment("glass", "玻璃基板", Upstream, true, Materials, 15, "C3042", "特种玻璃 玻璃 光电材料", "Glass Substrates",
                Of(0, 0, 0.35, 0.65, "安徽 2 河北 1 四川 1", "US 4 JP 4", localCap: 0))
            .Segment("polarizer", "偏光片与光学膜", Upstream, false, Materials, 25, "C2921", "光电材料 光学膜 新材料", "Optical Film",
                Of(0.25, 0.1, 0.35, 0.3, "江苏 1 浙江 1", "JP 4 KR 3"))
            .Segment("oled-material", "发光材料", Upstream, true, Materials, 20, "C2669", "光电材料 有机材料 化学", "Organic Chemical",
                Of(0.15, 0, 0.35, 0.5, "陕西 2 吉林 1 江苏 1", "US 3 DE 2 JP 2 KR 2", localCap: 2))
            .Segment("driver-ic", "显示驱动芯片", Upstream, true, Design, 30, "I6520", "微电子 芯片 集成电路", "Display Semiconductor",
                Of(0.35, 0, 0.3, 0.35, "台湾 4 上海 1", "KR 3 US 1 JP 1"))
            .Segment("codec", "编解码与图像处理芯片", Upstream, true, Design, 30, "I6520", "视频 图像 微电子", "Imaging Video",
                Of(0.45, 0, 0.2, 0.35, "上海 1 北京 1 台湾 1", "US 5 JP 1"), exportControlled: true)
            .Segment("led", "LED芯片与封装", Midstream, false, Components, 60, "C3976", "光电 半导体照明 照明", "Lighting Optoelectronics",
                Of(0.4, 0.15, 0.35, 0.1, "福建 2 江西 1 湖北 1", "JP 2 KR 1"))
            .Segment("panel", "显示面板", Midstream, true, Components, 25, "C3974", "显示 光电 显示技术", "Display Panels",
                Of(0.3, 0.15, 0.4, 0.15, "安徽 2 湖北 2 四川 1 福建 1 台湾 1", "KR 3 JP 2"))
            .Segment("module", "背光与显示模组", Midstream, false, Components, 70, "C3974", "显示 光电 电子", "Display Modules",
                Of(0.5, 0.25, 0.2, 0.05))
            .Segment("tv", "超高清电视整机", Downstream, false, Assembly, 25, "C3951", "电子 数码 视讯 电器", "Electronics Visual",
                Of(0.5, 0.3, 0.15, 0.05, "", "KR 1 JP 1"))
            .Segment("pro-display", "商用与专业显示", Downstream, false, Assembly, 50, "C3990", "显示技术 视讯 智能显示", "Visual Systems",
                Of(0.6, 0.15, 0.2, 0.05))
            .Feeds("glass", "panel").Feeds("polarizer", "panel").Feeds("oled-material", "panel")
            .Feeds("driver-ic", "module").Feeds("led", "module").Feeds("panel", "module")
            .Feeds("module", "tv pro-display").Feeds("codec", "tv pro-display")
            .Owner("tv", 1650, "南山").Owner("tv", 680, "南山")
            .Build();
}
