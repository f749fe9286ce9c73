using ChainGraph.Domain;
using static ChainGraph.Domain.Stage;
using static ChainGraph.Synthetic.LocationMix;
using static ChainGraph.Synthetic.SegmentActivity;

namespace ChainGraph.Synthetic;

public static partial class ChainTemplates
{
    // 集成电路: EDA, lithography and photoresist are the classic "卡脖子" segments; wafers and scanners have no local firm.
    private static ChainTemplate IntegratedCircuit() =>
        new TemplateBuilder("ic", "集成电路", ChainCategory.StrategicEmerging)
            .Segment("eda", "EDA/IP", Upstream, true, Design, 30, "I6513", "软件 电子设计 微电子", "Design Systems Software",
                Of(0.12, 0, 0.18, 0.7, "上海 3 北京 2 江苏 1", "US 8 GB 1", localCap: 2), exportControlled: true)
            .Segment("wafer", "硅片", Upstream, true, Materials, 25, "C3985", "硅材料 半导体材料 硅业", "Silicon Wafer",
                Of(0, 0, 0.45, 0.55, "上海 3 浙江 2 江苏 1 台湾 2", "JP 5 DE 2 KR 2", localCap: 0))
            .Segment("photoresist", "光刻胶", Upstream, true, Materials, 20, "C2669", "电子材料 化学 光电材料", "Chemical Materials",
                Of(0.1, 0, 0.25, 0.65, "江苏 2 北京 1 湖北 1", "JP 7 US 2 KR 1", localCap: 1), exportControlled: true)
            .Segment("gas", "电子气体", Upstream, false, Materials, 30, "C2619", "特种气体 气体 化工", "Gases Specialty",
                Of(0.2, 0.15, 0.4, 0.25, "江苏 2 上海 2 四川 1", "US 2 FR 2 JP 2 DE 1"))
            .Segment("litho", "光刻机", Upstream, true, Equipment, 12, "C3562", "光刻 精密装备 半导体设备", "Lithography Systems",
                Of(0, 0, 0.2, 0.8, "上海 3 北京 1", "NL 6 JP 3 US 1", localCap: 0), exportControlled: true)
            .Segment("etch", "刻蚀与薄膜设备", Upstream, false, Equipment, 35, "C3562", "半导体设备 微电子装备 真空技术", "Semiconductor Vacuum",
                Of(0.15, 0, 0.35, 0.5, "北京 2 上海 2 辽宁 1 江苏 1", "US 6 JP 3 NL 1"), exportControlled: true)
            .Segment("design", "芯片设计", Midstream, true, Design, 170, "I6520", "微电子 半导体 集成电路 芯片", "Semiconductor Microelectronics",
                Of(0.65, 0.05, 0.2, 0.1, "上海 3 北京 2 台湾 1 江苏 1 浙江 1", "US 4 KR 1"))
            .Segment("fab", "晶圆制造", Midstream, true, Components, 25, "C3973", "集成电路制造 半导体制造 微电子", "Foundry Manufacturing",
                Of(0.2, 0.05, 0.5, 0.25, "上海 3 江苏 2 北京 1 湖北 1 台湾 2", "US 2 KR 2 SG 1", localCap: 2))
            .Segment("packaging", "封装测试", Midstream, false, Components, 60, "C3973", "封装测试 半导体 电子科技", "Packaging Test",
                Of(0.35, 0.15, 0.4, 0.1, "江苏 4 甘肃 1 台湾 2", "US 1 KR 1 SG 1"))
            .Segment("application", "终端应用", Downstream, false, Assembly, 40, "C3922", "通信技术 电子 智能科技", "Electronics Technologies",
                Of(0.6, 0.2, 0.15, 0.05))
            .Feeds("eda", "design")
            .Feeds("wafer", "fab").Feeds("photoresist", "fab").Feeds("gas", "fab").Feeds("litho", "fab").Feeds("etch", "fab")
            .Feeds("design", "fab application").Feeds("fab", "packaging").Feeds("packaging", "application")
            .Owner("application", 6800, "龙岗").Owner("application", 1100, "南山")
            .Build();
}
