using ChainGraph.Domain;
using static ChainGraph.Domain.Stage;
using static ChainGraph.Synthetic.LocationMix;
using static ChainGraph.Synthetic.SegmentActivity;

namespace ChainGraph.Synthetic;

public static partial class ChainTemplates
{
    // 智能终端: the city's traditional strength; memory wafers are made elsewhere, RF front-ends are a weak link.
    private static ChainTemplate SmartTerminal() =>
        new TemplateBuilder("terminal", "智能终端", ChainCategory.AdvantageTraditional)
            .Segment("soc", "处理器芯片", Upstream, true, Design, 40, "I6520", "微电子 芯片 半导体", "Semiconductor Silicon",
                Of(0.35, 0, 0.2, 0.45, "上海 2 北京 1 台湾 3", "US 6 KR 1"), exportControlled: true)
            .Segment("memory", "存储芯片", Upstream, true, Components, 30, "C3973", "存储 半导体 电子", "Memory Semiconductor",
                Of(0, 0, 0.4, 0.6, "湖北 2 安徽 2 台湾 1", "KR 5 US 3 JP 1", localCap: 0), exportControlled: true)
            .Segment("passive", "被动元件", Upstream, false, Components, 110, "C3981", "电子元件 电子 科技", "Electronic Components",
                Of(0.45, 0.2, 0.2, 0.15, "江苏 1 浙江 1 台湾 2", "JP 5 KR 1 US 1"))
            .Segment("pcb", "印制电路板", Upstream, false, Components, 90, "C3982", "电路 电子 线路板", "Circuits Interconnect",
                Of(0.45, 0.25, 0.2, 0.1, "江苏 2 江西 1 台湾 2", "JP 1 KR 1 US 1"))
            .Segment("os", "操作系统与软件", Upstream, true, Design, 50, "I6511", "软件 信息技术 智能", "Software Systems",
                Of(0.6, 0, 0.2, 0.2, "北京 3 上海 1", "US 5"), exportControlled: true)
            .Segment("display", "显示模组", Midstream, true, Components, 70, "C3974", "光电 显示 电子", "Display Optoelectronics",
                Of(0.45, 0.15, 0.3, 0.1, "安徽 2 四川 1 福建 1", "KR 3 JP 1"))
            .Segment("camera", "摄像模组", Midstream, false, Components, 60, "C3976", "光学 光电 影像", "Optical Imaging",
                Of(0.45, 0.2, 0.25, 0.1, "浙江 2 江西 2 台湾 1", "JP 3 KR 1"))
            .Segment("rf", "射频与声学器件", Midstream, true, Components, 50, "C3984", "射频 声学 微电子", "RF Acoustic",
                Of(0.3, 0.1, 0.3, 0.3, "江苏 2 山东 1 台湾 1", "US 5 JP 3", localCap: 2), exportControlled: true)
            .Segment("battery", "电池与电源", Midstream, false, Components, 60, "C3841", "电池 电源 能源", "Power Battery",
                Of(0.6, 0.2, 0.15, 0.05))
            .Segment("structure", "结构件与外壳", Midstream, false, Components, 80, "C3989", "精密 模具 五金", "Precision Enclosures",
                Of(0.4, 0.35, 0.2, 0.05))
            .Segment("ems", "EMS/ODM代工", Midstream, false, Assembly, 60, "C3922", "智能制造 电子 精密工业", "Manufacturing Electronics",
                Of(0.5, 0.2, 0.2, 0.1, "江苏 2 河南 1 四川 1 台湾 2", "US 1 SG 1"))
            .Segment("device", "智能终端整机", Downstream, false, Assembly, 60, "C3922", "通信 移动通信 智能科技 电子", "Mobile Devices",
                Of(0.7, 0.15, 0.1, 0.05, "", "US 1 KR 1"))
            .Feeds("soc", "ems").Feeds("memory", "ems").Feeds("passive", "pcb ems").Feeds("pcb", "ems")
            .Feeds("display", "ems").Feeds("camera", "ems").Feeds("rf", "ems").Feeds("battery", "ems").Feeds("structure", "ems")
            .Feeds("ems", "device").Feeds("os", "device")
            .Owner("device", 6000, "龙岗").Owner("device", 1200, "南山").Owner("device", 350, "龙华")
            .Build();
}
