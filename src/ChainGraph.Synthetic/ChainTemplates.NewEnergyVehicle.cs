using ChainGraph.Domain;
using static ChainGraph.Domain.Stage;
using static ChainGraph.Synthetic.LocationMix;
using static ChainGraph.Synthetic.SegmentActivity;

namespace ChainGraph.Synthetic;

public static partial class ChainTemplates
{
    // 新能源汽车: lithium is mined elsewhere (no local firm); separators are a weak link.
    private static ChainTemplate NewEnergyVehicle() =>
        new TemplateBuilder("nev", "新能源汽车", ChainCategory.StrategicEmerging)
            .Segment("lithium", "锂资源", Upstream, true, Resources, 40, "B0939", "锂业 矿业 锂资源", "Lithium Mining Resources",
                Of(0, 0, 0.55, 0.45, "江西 4 青海 3 四川 3 西藏 1", "AU 4 CL 4 AR 2", localCap: 0))
            .Segment("cathode", "正极材料", Upstream, true, Materials, 70, "C3985", "新材料 新能源材料 锂电材料", "Materials Cathode",
                Of(0.3, 0.1, 0.5, 0.1, "湖南 3 江苏 2 四川 2 湖北 1 贵州 1", "KR 3 JP 2 BE 1"))
            .Segment("anode", "负极材料", Upstream, false, Materials, 55, "C3985", "炭素 新材料 石墨", "Carbon Graphite",
                Of(0.35, 0.15, 0.4, 0.1, "内蒙古 2 江西 2 四川 1 上海 1", "JP 3"))
            .Segment("electrolyte", "电解液", Upstream, false, Materials, 45, "C2669", "化学 新材料 化工", "Chemical Electrolytes",
                Of(0.3, 0.15, 0.45, 0.1, "江苏 2 湖北 1 浙江 1", "JP 2 KR 2"))
            .Segment("separator", "隔膜", Upstream, true, Materials, 35, "C2921", "隔膜 膜材料 新材料", "Membrane Film",
                Of(0.2, 0.1, 0.5, 0.2, "江苏 2 河北 1 上海 2", "JP 3 KR 1 US 1", localCap: 2))
            .Segment("cell", "电芯", Midstream, true, Components, 70, "C3841", "电池 新能源 动力电池", "Battery Energy",
                Of(0.45, 0.15, 0.3, 0.1, "福建 2 江苏 2 浙江 1 安徽 1", "KR 3 JP 2"))
            .Segment("pack", "电池包/BMS", Midstream, false, Components, 80, "C3841", "电源 储能 能源科技", "Power Energy",
                Of(0.6, 0.2, 0.15, 0.05, "", "DE 1 US 1"))
            .Segment("motor", "电机", Midstream, false, Components, 60, "C3812", "电机 电气 动力", "Motor Electric",
                Of(0.45, 0.2, 0.25, 0.1, "浙江 2 江苏 2", "JP 2 DE 1"))
            .Segment("control", "电控", Midstream, true, Components, 70, "C3824", "电控 电子 功率半导体", "Power Electronics",
                Of(0.45, 0.1, 0.25, 0.2, "", "DE 3 JP 2 US 2"))
            .Segment("body", "车身", Midstream, false, Components, 90, "C3670", "汽车零部件 精密 模具", "Automotive Components",
                Of(0.4, 0.3, 0.25, 0.05))
            .Segment("vehicle", "整车", Downstream, false, Assembly, 25, "C3612", "汽车 新能源汽车", "Motors Automotive",
                Of(0.6, 0.15, 0.2, 0.05, "上海 1 重庆 1 安徽 1 浙江 1", "DE 1 US 1 JP 1"))
            .Feeds("lithium", "cathode electrolyte")
            .Feeds("cathode", "cell").Feeds("anode", "cell").Feeds("electrolyte", "cell").Feeds("separator", "cell")
            .Feeds("cell", "pack").Feeds("pack", "vehicle")
            .Feeds("motor", "vehicle").Feeds("control", "vehicle").Feeds("body", "vehicle")
            .Owner("vehicle", 3200, "坪山").Owner("vehicle", 420, "宝安")
            .Build();
}
