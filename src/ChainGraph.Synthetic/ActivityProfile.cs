namespace ChainGraph.Synthetic;

/// <summary>
/// The typical firm of a <see cref="SegmentActivity"/>: median annual output (亿元), median R&amp;D ratio (0–1),
/// median energy use (吨标准煤/万元), median output per employee (万元 a year), the fraction of output spent on
/// purchased inputs, the weight its product carries in a buyer's purchases, median output per 亩 of industrial land
/// (万元; null for firms in offices), the city districts it favours (relative weights) and the words Japanese firms of
/// that activity put in their names.
/// </summary>
public sealed record ActivityProfile(
    double MedianOutput,
    double MedianRdRatio,
    double MedianEnergy,
    double OutputPerEmployee,
    double InputRatio,
    double PurchaseWeight,
    double? OutputPerMu,
    IReadOnlyList<(string District, double Weight)> Districts,
    IReadOnlyList<string> JapaneseWords)
{
    // Output per employee: Chinese electronics runs at roughly 150–400万元 a person a year (assemblers at the top, labour-
    // intensive component makers at the bottom); chemicals and mining are capital-heavy. Purchase weights: equipment is
    // bought once and used for years and EDA/IP is licensed, so a year's spend on them is small beside modules and
    // materials. Output per 亩: Shenzhen's industrial land yields roughly 500–2,000万元 a 亩 a year.
    private static readonly ActivityProfile Resources = new(4, 0.015, 0.6, 300, 0.3, 1.0, 150,
        [("大鹏新区", 1), ("盐田", 1)], ["鉱業", "資源"]);

    private static readonly ActivityProfile Materials = new(3, 0.04, 0.3, 280, 0.55, 1.0, 500,
        [("坪山", 2), ("光明", 2), ("宝安", 2), ("龙岗", 2), ("大鹏新区", 1), ("深汕特别合作区", 1)], ["化学", "化成", "マテリアル"]);

    private static readonly ActivityProfile Components = new(2.5, 0.05, 0.06, 160, 0.55, 1.5, 900,
        [("宝安", 4), ("龙岗", 3), ("龙华", 2), ("光明", 2), ("坪山", 1), ("南山", 1)], ["電子", "電機", "精密"]);

    private static readonly ActivityProfile Equipment = new(2, 0.08, 0.04, 170, 0.5, 0.35, 700,
        [("宝安", 4), ("南山", 2), ("龙华", 2), ("光明", 1), ("龙岗", 1)], ["製作所", "精機", "テクノロジー"]);

    private static readonly ActivityProfile Design = new(0.8, 0.18, 0.012, 130, 0.3, 0.4, null,
        [("南山", 6), ("福田", 3), ("龙华", 1), ("宝安", 1), ("龙岗", 1), ("罗湖", 0.5)], ["システムズ", "ソフト"]);

    private static readonly ActivityProfile Assembly = new(3, 0.045, 0.03, 260, 0.72, 2.5, 1800,
        [("龙岗", 3), ("宝安", 3), ("龙华", 2), ("坪山", 2), ("光明", 1), ("南山", 1), ("深汕特别合作区", 0.5)], ["工業", "電機"]);

    public static ActivityProfile For(SegmentActivity activity) => activity switch
    {
        SegmentActivity.Resources => Resources,
        SegmentActivity.Materials => Materials,
        SegmentActivity.Components => Components,
        SegmentActivity.Equipment => Equipment,
        SegmentActivity.Design => Design,
        _ => Assembly,
    };
}
