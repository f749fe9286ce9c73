using ChainGraph.Domain;

namespace ChainGraph.Synthetic;

/// <summary>
/// Places firms are registered in, with their GB/T 2260 administrative division codes (the 6 digits of a credit code).
/// Codes are at city or district level; the few functional zones without one of their own use the city's 440300.
/// </summary>
public static class PlaceCatalog
{
    /// <summary>Name prefix of local firms (深圳市…有限公司).</summary>
    public const string CityName = "深圳";

    /// <summary>Regions drawn from when a segment names none (province short names, relative weights).</summary>
    public static IReadOnlyList<(string Name, double Weight)> DefaultRegions { get; } =
        [("江苏", 3), ("上海", 3), ("浙江", 2), ("北京", 2), ("安徽", 1), ("湖北", 1), ("福建", 1), ("山东", 1), ("四川", 1), ("台湾", 1)];

    /// <summary>Countries drawn from when a segment names none (ISO alpha-2, relative weights).</summary>
    public static IReadOnlyList<(string Name, double Weight)> DefaultCountries { get; } = [("US", 3), ("JP", 3), ("DE", 2), ("KR", 2)];

    /// <summary>Where overseas firms' China subsidiaries are registered (浦东, 苏州高新, 南山, 朝阳, 福田).</summary>
    public static IReadOnlyList<string> SubsidiaryDivisions { get; } = ["310115", "320505", "440305", "110105", "440304"];

    private static readonly Dictionary<string, string> DistrictDivisions = new()
    {
        ["福田"] = "440304", ["罗湖"] = "440303", ["南山"] = "440305", ["盐田"] = "440308", ["宝安"] = "440306",
        ["龙岗"] = "440307", ["龙华"] = "440309", ["坪山"] = "440310", ["光明"] = "440311",
        ["大鹏新区"] = "440300", ["深汕特别合作区"] = "440300",
    };

    private static readonly Dictionary<string, (string City, string Division)[]> Cities = new()
    {
        ["北京"] = [("北京", "110108")], ["天津"] = [("天津", "120116")], ["河北"] = [("石家庄", "130100"), ("廊坊", "131000")],
        ["山西"] = [("太原", "140100")], ["内蒙古"] = [("包头", "150200"), ("乌兰察布", "150900")],
        ["辽宁"] = [("沈阳", "210100"), ("大连", "210200")], ["吉林"] = [("长春", "220100")], ["黑龙江"] = [("哈尔滨", "230100")],
        ["上海"] = [("上海", "310115"), ("上海", "310114"), ("上海", "310117")],
        ["江苏"] = [("苏州", "320500"), ("无锡", "320200"), ("常州", "320400"), ("南京", "320100")],
        ["浙江"] = [("杭州", "330100"), ("宁波", "330200"), ("湖州", "330500")], ["安徽"] = [("合肥", "340100"), ("芜湖", "340200")],
        ["福建"] = [("厦门", "350200"), ("福州", "350100"), ("宁德", "350900")],
        ["江西"] = [("宜春", "360900"), ("赣州", "360700"), ("新余", "360500")],
        ["山东"] = [("青岛", "370200"), ("济南", "370100"), ("烟台", "370600")], ["河南"] = [("郑州", "410100"), ("洛阳", "410300")],
        ["湖北"] = [("武汉", "420100"), ("襄阳", "420600")], ["湖南"] = [("长沙", "430100"), ("株洲", "430200")],
        ["广东"] = [("东莞", "441900"), ("惠州", "441300"), ("广州", "440100"), ("佛山", "440600"), ("珠海", "440400"), ("中山", "442000")],
        ["广西"] = [("南宁", "450100")], ["海南"] = [("海口", "460100")], ["重庆"] = [("重庆", "500112")],
        ["四川"] = [("成都", "510100"), ("遂宁", "510900"), ("宜宾", "511500")], ["贵州"] = [("贵阳", "520100")],
        ["云南"] = [("昆明", "530100")], ["西藏"] = [("拉萨", "540100")], ["陕西"] = [("西安", "610100")],
        ["甘肃"] = [("天水", "620500"), ("兰州", "620100")], ["青海"] = [("西宁", "630100"), ("格尔木", "632801")],
        ["宁夏"] = [("银川", "640100")], ["新疆"] = [("乌鲁木齐", "650100")],
        ["台湾"] = [("台湾", "710000")], ["香港"] = [("香港", "810000")], ["澳门"] = [("澳门", "820000")],
    };

    // Manufacturers in the rest of 广东 cluster in 东莞 and 惠州 (electronics, PCB, display, battery materials), the
    // metropolitan ring, with 广州, 佛山 and the west bank behind; design and software firms sit mostly in 广州.
    private static readonly ((string City, string Division) Place, double Weight)[] ProvinceManufacturing =
    [
        (("东莞", "441900"), 5), (("惠州", "441300"), 3.5), (("广州", "440100"), 2), (("佛山", "440600"), 1.5), (("中山", "442000"), 1),
        (("珠海", "440400"), 1), (("江门", "440700"), 0.7), (("肇庆", "441200"), 0.5), (("河源", "441600"), 0.5), (("汕尾", "441500"), 0.3),
        (("清远", "441800"), 0.3),
    ];

    private static readonly ((string City, string Division) Place, double Weight)[] ProvinceDesign =
    [
        (("广州", "440100"), 5), (("珠海", "440400"), 1.5), (("东莞", "441900"), 1.5), (("佛山", "440600"), 1), (("惠州", "441300"), 0.5),
    ];

    public static string DivisionOfDistrict(string district) => DistrictDivisions[district];

    /// <summary>The prefecture-level cities of the home province firms of an activity are registered in, with weights.</summary>
    public static IReadOnlyList<((string City, string Division) Place, double Weight)> ProvinceCitiesFor(SegmentActivity activity) =>
        activity == SegmentActivity.Design ? ProvinceDesign : ProvinceManufacturing;

    /// <summary>The cities of a region firms are registered in; a region not listed gets its province-level code.</summary>
    public static IReadOnlyList<(string City, string Division)> CitiesOf(string region) =>
        Cities.TryGetValue(region, out var cities) ? cities : [(region, "000000")];

    /// <summary>Checks the catalogue against <see cref="Geography"/> so a renamed district fails loudly, not silently.</summary>
    public static bool CoversGeography() =>
        Geography.Districts.All(DistrictDivisions.ContainsKey) && Cities.Keys.All(Geography.IsRegion)
        && ProvinceManufacturing.Concat(ProvinceDesign).All(c => Geography.IsProvinceCity(c.Place.City));
}
