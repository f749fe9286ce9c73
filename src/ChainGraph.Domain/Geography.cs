namespace ChainGraph.Domain;

/// <summary>The city (Shenzhen), its districts, its province, its metropolitan ring and the province-level divisions of China.</summary>
public static class Geography
{
    public const string HomeCountry = "CN";
    public const string HomeProvince = "广东";
    public const string HomeCity = "深圳";

    /// <summary>The city's districts (seed 003 and the city's administrative list).</summary>
    public static readonly IReadOnlyList<string> Districts =
        ["福田", "罗湖", "南山", "盐田", "宝安", "龙岗", "龙华", "坪山", "光明", "大鹏新区", "深汕特别合作区"];

    /// <summary>Province-level divisions, by their short names.</summary>
    public static readonly IReadOnlyList<string> Regions =
    [
        "北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "上海", "江苏", "浙江", "安徽", "福建", "江西",
        "山东", "河南", "湖北", "湖南", "广东", "广西", "海南", "重庆", "四川", "贵州", "云南", "西藏", "陕西", "甘肃",
        "青海", "宁夏", "新疆", "台湾", "香港", "澳门",
    ];

    /// <summary>The 21 prefecture-level cities of the home province, by their short names (without 市).</summary>
    public static readonly IReadOnlyList<string> ProvinceCities =
    [
        "广州", "深圳", "珠海", "汕头", "佛山", "韶关", "湛江", "肇庆", "江门", "茂名", "惠州", "梅州", "汕尾", "河源", "阳江", "清远",
        "东莞", "中山", "潮州", "揭阳", "云浮",
    ];

    /// <summary>
    /// The default metropolitan ring: 深莞惠 and the "3+2" area (河源, 汕尾). Supply from here is near supply, not
    /// dependence; analyses that take a ring from their settings may replace it.
    /// </summary>
    public static readonly IReadOnlyList<string> MetroRing = ["东莞", "惠州", "河源", "汕尾"];

    private static readonly HashSet<string> DistrictSet = [.. Districts];
    private static readonly HashSet<string> RegionSet = [.. Regions];
    private static readonly HashSet<string> ProvinceCitySet = [.. ProvinceCities];

    public static bool IsDistrict(string? name) => name is not null && DistrictSet.Contains(name);

    public static bool IsRegion(string? name) => name is not null && RegionSet.Contains(name);

    /// <summary>True for a prefecture-level city of the home province (short name, e.g. 东莞).</summary>
    public static bool IsProvinceCity(string? name) => name is not null && ProvinceCitySet.Contains(name);

    /// <summary>True for a two-letter upper-case ISO 3166 alpha-2 shape (the list itself is not enforced).</summary>
    public static bool IsCountryCode(string? code) =>
        code is { Length: 2 } && char.IsAsciiLetterUpper(code[0]) && char.IsAsciiLetterUpper(code[1]);

    /// <summary>Local / province / country / overseas, without a metropolitan ring (no firm is <see cref="Location.Metro"/>).</summary>
    public static Location Classify(string? district, string? region, string country) =>
        Classify(district, region, country, null, []);

    /// <summary>
    /// Where a firm is relative to the city: a district makes it local; a Chinese <paramref name="city"/> named in
    /// <paramref name="ring"/> makes it <see cref="Location.Metro"/>; otherwise province, country or overseas.
    /// </summary>
    public static Location Classify(string? district, string? region, string country, string? city, IReadOnlyCollection<string> ring)
    {
        if (country != HomeCountry) return Location.Overseas;
        if (IsDistrict(district)) return Location.Local;
        if (city is not null && ring.Contains(city)) return Location.Metro;
        return region == HomeProvince ? Location.Province : Location.Country;
    }
}
