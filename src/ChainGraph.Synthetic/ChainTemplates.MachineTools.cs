using ChainGraph.Domain;
using static ChainGraph.Domain.Stage;
using static ChainGraph.Synthetic.LocationMix;
using static ChainGraph.Synthetic.SegmentActivity;

namespace ChainGraph.Synthetic;

public static partial class ChainTemplates
{
    // 工业母机: ball screws and guides have no local firm; precision bearings are a weak link; high-end CNC is export-controlled.
    private static ChainTemplate MachineTools() =>
        new TemplateBuilder("machine-tool", "工业母机", ChainCategory.AdvantageTraditional)
            .Segment("casting", "铸件与床身", Upstream, false, Materials, 40, "C3391", "铸造 机械 重工", "Casting Foundry",
                Of(0.15, 0.25, 0.5, 0.1, "江苏 2 山东 2 辽宁 1 河北 1", "JP 1 DE 1"))
            .Segment("bearing", "精密轴承", Upstream, true, Components, 30, "C3451", "轴承 精工 精密机械", "Bearing Precision",
                Of(0.1, 0, 0.4, 0.5, "河南 2 辽宁 1 浙江 1 江苏 1", "JP 3 DE 3 SE 2", localCap: 2))
            .Segment("screw", "丝杠导轨", Upstream, true, Components, 25, "C3459", "传动 精密机械 线性技术", "Linear Motion",
                Of(0, 0, 0.45, 0.55, "山东 1 江苏 1 台湾 3", "JP 4 DE 2", localCap: 0))
            .Segment("cnc", "数控系统", Upstream, true, Equipment, 30, "C4011", "数控 自动化 控制技术", "CNC Automation",
                Of(0.15, 0, 0.3, 0.55, "湖北 2 辽宁 1 北京 1", "JP 5 DE 4"), exportControlled: true)
            .Segment("laser-source", "激光器", Upstream, true, Components, 30, "C3976", "激光 光电 光纤", "Laser Photonics",
                Of(0.35, 0, 0.3, 0.35, "湖北 3 上海 1", "US 3 DE 3"))
            .Segment("tooling", "刀具与夹具", Upstream, false, Materials, 40, "C3321", "工具 刀具 硬质合金", "Tools Tooling",
                Of(0.3, 0.15, 0.35, 0.2, "湖南 2 江苏 1 四川 1", "SE 2 DE 2 JP 2 IL 1"))
            .Segment("spindle", "主轴与电主轴", Midstream, true, Components, 25, "C3459", "精密机械 主轴 机电", "Spindle Precision",
                Of(0.25, 0, 0.35, 0.4, "江苏 1 浙江 1 台湾 2", "DE 2 CH 2 JP 2"))
            .Segment("servo", "伺服电机与驱动", Midstream, false, Components, 45, "C3812", "伺服 自动化 驱动技术", "Motion Drives",
                Of(0.5, 0.1, 0.25, 0.15, "浙江 1 江苏 1", "JP 3 DE 2"))
            .Segment("machine", "数控机床整机", Downstream, false, Assembly, 45, "C3421", "机床 精密机械 智能装备", "Machine Tools",
                Of(0.35, 0.2, 0.35, 0.1, "江苏 2 山东 2 辽宁 1 浙江 1 台湾 1", "JP 2 DE 2"))
            .Segment("laser", "激光加工装备", Downstream, false, Assembly, 40, "C3424", "激光 智能装备 激光科技", "Laser Systems",
                Of(0.55, 0.15, 0.25, 0.05, "湖北 3 江苏 1"))
            .Segment("robot", "工业机器人", Downstream, false, Assembly, 40, "C3491", "机器人 自动化 智能装备", "Robotics",
                Of(0.45, 0.15, 0.25, 0.15, "上海 2 江苏 1 辽宁 1", "JP 3 DE 2 CH 1"))
            .Feeds("casting", "machine").Feeds("bearing", "spindle robot").Feeds("screw", "machine robot")
            .Feeds("cnc", "machine laser").Feeds("spindle", "machine").Feeds("servo", "machine robot")
            .Feeds("laser-source", "laser").Feeds("tooling", "machine")
            .Owner("laser", 160, "宝安").Owner("machine", 110, "宝安")
            .Build();
}
