using ChainGraph.Domain;
using static ChainGraph.Domain.Stage;
using static ChainGraph.Synthetic.LocationMix;
using static ChainGraph.Synthetic.SegmentActivity;

namespace ChainGraph.Synthetic;

public static partial class ChainTemplates
{
    // 高端医疗器械: X-ray tubes have no local firm; detectors and superconducting magnets are weak links.
    private static ChainTemplate MedicalDevices() =>
        new TemplateBuilder("medical", "高端医疗器械", ChainCategory.StrategicEmerging)
            .Segment("polymer", "医用材料", Upstream, false, Materials, 40, "C2770", "生物材料 医用材料 新材料", "Biomaterials Medical",
                Of(0.35, 0.15, 0.35, 0.15, "江苏 2 山东 2 浙江 1", "US 2 DE 1 JP 1"))
            .Segment("sensor", "医用传感器", Upstream, true, Components, 40, "C3983", "传感 传感技术 电子", "Sensing Sensors",
                Of(0.35, 0, 0.2, 0.45, "江苏 1 上海 1", "US 3 DE 2 JP 2 CH 1"))
            .Segment("detector", "探测器与医用芯片", Upstream, true, Components, 25, "C3973", "探测技术 光电 影像科技", "Detector Imaging",
                Of(0.2, 0, 0.3, 0.5, "上海 2 江苏 1", "US 4 DE 2 NL 1 JP 1", localCap: 2), exportControlled: true)
            .Segment("tube", "球管与高压发生器", Upstream, true, Equipment, 15, "C3581", "医疗部件 射线 电子", "X-Ray Components",
                Of(0, 0, 0.3, 0.7, "上海 1 北京 1 辽宁 1", "DE 3 US 3 JP 2 NL 1", localCap: 0))
            .Segment("magnet", "超导磁体", Upstream, true, Equipment, 10, "C3581", "超导 磁体 低温技术", "Magnet Cryogenics",
                Of(0.1, 0, 0.3, 0.6, "上海 1 江苏 1", "DE 2 GB 2 US 2 JP 1", localCap: 1))
            .Segment("machining", "精密零部件", Midstream, false, Components, 70, "C3489", "精密 精密机械 医疗部件", "Precision Components",
                Of(0.5, 0.25, 0.2, 0.05))
            .Segment("software", "医疗软件与AI", Midstream, false, Design, 50, "I6513", "医疗科技 智能 信息技术", "Health Software",
                Of(0.6, 0, 0.25, 0.15, "北京 2 上海 2 浙江 1", "US 3"))
            .Segment("imaging", "医学影像设备", Downstream, false, Assembly, 40, "C3581", "医疗 医疗设备 影像", "Medical Imaging",
                Of(0.45, 0.1, 0.25, 0.2, "上海 2 辽宁 1 北京 1", "US 3 DE 3 NL 1 JP 1"))
            .Segment("monitoring", "监护与生命支持", Downstream, false, Assembly, 45, "C3581", "生物医疗 医疗电子 医疗器械", "Medical Systems",
                Of(0.6, 0.1, 0.2, 0.1, "", "US 2 DE 1"))
            .Segment("ivd", "体外诊断", Downstream, false, Assembly, 60, "C3581", "生物 诊断 生物医疗", "Diagnostics",
                Of(0.5, 0.15, 0.3, 0.05))
            .Segment("consumables", "高值耗材", Downstream, false, Materials, 50, "C3589", "医疗器械 生物科技 医疗科技", "Medical Devices",
                Of(0.4, 0.15, 0.35, 0.1))
            .Feeds("polymer", "consumables machining").Feeds("sensor", "monitoring ivd")
            .Feeds("detector", "imaging").Feeds("tube", "imaging").Feeds("magnet", "imaging")
            .Feeds("machining", "imaging monitoring ivd").Feeds("software", "imaging monitoring ivd")
            .Owner("monitoring", 360, "南山").Owner("imaging", 130, "南山")
            .Build();
}
