namespace ChainGraph.Analysis.Domain;

/// <summary>The city (Shenzhen), its districts, its province and the province-level divisions of China.</summary>
public static class Geography
{
    public const string HomeCountry = "CN";
    public const string HomeProvince = "广东";

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

    private static readonly HashSet<string> DistrictSet = [.. Districts];
    private static readonly HashSet<string> RegionSet = [.. Regions];

    public static bool IsDistrict(string? name) => name is not null && DistrictSet.Contains(name);

    public static bool IsRegion(string? name) => name is not null && RegionSet.Contains(name);

    /// <summary>True for a two-letter upper-case ISO 3166 alpha-2 shape (the list itself is not enforced).</summary>
    public static bool IsCountryCode(string? code) =>
        code is { Length: 2 } && char.IsAsciiLetterUpper(code[0]) && char.IsAsciiLetterUpper(code[1]);

    public static Location Classify(string? district, string? region, string country)
    {
        if (country != HomeCountry) return Location.Overseas;
        if (IsDistrict(district)) return Location.Local;
        return region == HomeProvince ? Location.Province : Location.Country;
    }
}
