using ChainGraph.Domain;

namespace ChainGraph.Synthetic;

/// <summary>
/// Invents unique firm names in the registration patterns of each place: 深圳市{字号}{行业词}有限公司,
/// {城市}{字号}{行业词}股份有限公司, {字号}{行业词}(深圳)有限公司, 日本{屋号}{業種}株式会社, "{Brand} {Word}, Inc." and so on.
/// Trade names are built from syllables, and pairs that spell a well-known firm are refused, so no real company is named.
/// Uniqueness is exact: a name whose 64-bit FNV-1a hash was seen before is redrawn, a little longer each tenth try.
/// </summary>
public sealed class NameGenerator(Random rng)
{
    private const string HanSyllables = "华中新恒海天卓汇联博信瑞鑫德晶源盛泰宏锦富力兴昌达和安宇裕鸿腾嘉凯铭诚凌睿欣航峰润奥佳星万亿通伟捷聚创朗启拓晟芯尚元光明金智精越迅品立东南致易云景丰昊骏维";
    private const string JapaneseFirst = "高東北西大新明光朝丸菱白若豊宮横秋桜星岩長松平";
    private const string JapaneseSecond = "岡川野沢島浜原森井山崎谷倉橋田";

    private static readonly string[] LatinStarts =
        ["Ver", "Ax", "Lum", "Quan", "Nex", "Sol", "Ter", "Or", "Cyr", "Hal", "Mer", "Zen", "Vol", "Kor", "Tal", "Ar", "Bel", "Cal",
         "Del", "Fen", "Gal", "Hel", "Lor", "Mar", "Nor", "Pel", "Ros", "Sen", "Tor", "Val", "Wex", "Ael", "Brix", "Dov", "Ist", "Kal"];
    private static readonly string[] LatinMiddles = ["an", "el", "ir", "or", "um", "ab", "et", "in", "ul", "ov"];
    private static readonly string[] LatinEnds =
        ["axis", "ion", "ova", "ium", "etra", "onix", "ara", "ent", "ico", "yne", "aro", "exa", "os", "andt", "ell", "ora", "ity", "ex"];
    private static readonly string[] KoreanSyllables =
        ["Han", "Dae", "Seong", "Jin", "Woo", "Hyun", "Kwang", "Min", "Yeon", "Il", "Dong", "Chang", "Bo", "Mi", "Jeong", "Gyeong", "Sol",
        "Ye"];

    // Trade names of well-known firms the syllable pools could spell; refusing them keeps every name invented.
    private static readonly HashSet<string> Refused =
    [
        "华为", "中兴", "腾讯", "大疆", "迈瑞", "欣旺", "德赛", "立讯", "宁德", "天齐", "赣锋", "京东", "中芯", "长江", "汇川", "创维", "康佳",
        "欧菲", "信维", "顺络", "深南", "兴森", "大族", "联影", "理邦", "开立", "安科", "海思", "中微", "长电", "通富", "华天", "格力", "海尔",
        "华星", "天马", "光峰", "德方", "贝特", "星源", "新宙", "恩捷", "国轩", "亿纬", "华大", "紫光", "兆易", "汇顶", "卓胜", "瑞芯", "全志",
        "晶晨", "富满", "鹏鼎", "景旺", "胜宏", "风华", "三环", "宇通", "比克", "力神", "国光", "先导", "拓邦", "航盛", "金溢", "华阳", "海康",
        "大华", "宏发", "中航", "中科", "中国", "天合", "隆基", "通威", "晶科", "晶澳", "阳光", "亿航", "创世", "捷佳", "精测", "华兴", "信利",
        "德明", "朗科", "万科", "平安", "招商", "华润", "富士", "鸿海", "富泰", "联发", "台积", "日月", "瑞声", "歌尔", "舜宇", "丘钛", "蓝思",
        "伯恩", "领益", "科达", "海能", "万向", "宏达", "欣锐", "奥拓", "洲明", "长盈", "华锐", "欣旺达", "比亚迪", "京东方",
        "高田", "大倉", "岩谷", "平田", "新川", "大野", "長野", "東田", "横浜", "豊田", "松山",
        // Place names a trade name must not read as (a region, a district, a part of the world).
        "海南", "南海", "中东", "中南", "东南", "华南", "华东", "华中", "东海", "中华", "天安",
        "Hanjin", "Daewoo", "Dongjin", "Hanmi", "Ilji", "Soldong", "Orion", "Valeo", "Solvay", "Nexion", "Terex", "Verity",
    ];

    private readonly HashSet<ulong> used = [];

    /// <summary>Returns a name no earlier call returned. <paramref name="group"/> names a large group (集团).</summary>
    public string Next(SegmentTemplate segment, Site site, bool group)
    {
        for (var attempt = 0; ; attempt++)
        {
            var name = Compose(segment, site, group, attempt / 10);
            if (used.Add(Fnv1a(name))) return name;
        }
    }

    private string Compose(SegmentTemplate segment, Site site, bool group, int lengthen) => site.Kind switch
    {
        Location.Local => LocalName(segment, group, lengthen),
        Location.Metro or Location.Province or Location.Country => DomesticName(segment, site, group, lengthen),
        _ => OverseasName(segment, site.Country, lengthen),
    };

    private string LocalName(SegmentTemplate segment, bool group, int lengthen)
    {
        var core = HanCore(segment, lengthen);
        if (group) return $"{PlaceCatalog.CityName}{core}集团股份有限公司";
        return rng.Next(20) switch
        {
            < 12 => $"{PlaceCatalog.CityName}市{core}{TechSuffix(core)}有限公司",
            < 16 => $"{PlaceCatalog.CityName}{core}股份有限公司",
            < 18 => $"{core}({PlaceCatalog.CityName})有限公司",
            _ => $"{PlaceCatalog.CityName}市{core}有限公司",
        };
    }

    private string DomesticName(SegmentTemplate segment, Site site, bool group, int lengthen)
    {
        var core = HanCore(segment, lengthen);
        var city = site.City!;
        if (site.Region is "台湾" or "香港" or "澳门") return $"{city}{core}{(site.Region == "台湾" ? "股份" : "")}有限公司";
        if (group) return $"{city}{core}集团股份有限公司";
        return rng.Next(10) switch
        {
            < 5 => $"{city}市{core}{TechSuffix(core)}有限公司",
            < 8 => $"{city}{core}股份有限公司",
            _ => $"{core}({city})有限公司",
        };
    }

    private string OverseasName(SegmentTemplate segment, string country, int lengthen) => country switch
    {
        "JP" => JapaneseName(segment, lengthen),
        "KR" => $"{KoreanBrand(lengthen)} {Variates.Pick(rng, segment.EnglishWords)} Co., Ltd.",
        _ => $"{LatinBrand(lengthen)} {Variates.Pick(rng, segment.EnglishWords)} {Variates.Pick(rng, CorporateSuffixes(country))}",
    };

    private string JapaneseName(SegmentTemplate segment, int lengthen)
    {
        string brand;
        do brand = $"{Draw(JapaneseFirst)}{Draw(JapaneseSecond)}{(lengthen > 0 ? Draw(JapaneseSecond, lengthen) : "")}";
        while (Refused.Contains(brand));
        var prefix = rng.Next(4) == 0 ? "日本" : "";
        return $"{prefix}{brand}{Variates.Pick(rng, segment.Profile.JapaneseWords)}株式会社";
    }

    /// <summary>Trade name and industry word, e.g. 鑫瑞 + 电子; the brand's last character never repeats the word's first (东新新材料).</summary>
    private string HanCore(SegmentTemplate segment, int lengthen)
    {
        var word = Variates.Pick(rng, segment.Words);
        string brand;
        do brand = HanBrand(lengthen);
        while (brand[^1] == word[0]);
        return brand + word;
    }

    private string HanBrand(int lengthen)
    {
        string brand;
        do brand = Draw(HanSyllables, 2 + lengthen + (rng.Next(5) == 0 ? 1 : 0));
        while (Refused.Contains(brand) || Refused.Contains(brand[..2]) || Refused.Contains(brand[^2..]) || HasRepeat(brand));
        return brand;
    }

    // 云云, 伟伟: a doubled syllable reads as a nickname, not a registered trade name.
    private static bool HasRepeat(string brand)
    {
        for (var i = 1; i < brand.Length; i++)
            if (brand[i] == brand[i - 1]) return true;
        return false;
    }

    private string KoreanBrand(int lengthen)
    {
        string brand;
        do brand = Syllables(2 + lengthen);
        while (Refused.Contains(brand));
        return brand;

        // Han + jin, never Dae + dae: a doubled syllable reads as a nickname.
        string Syllables(int count)
        {
            var parts = new List<string>(count);
            while (parts.Count < count)
            {
                var s = Variates.Pick(rng, KoreanSyllables);
                if (parts.Count == 0 || parts[^1] != s) parts.Add(s);
            }
            return parts[0] + string.Concat(parts.Skip(1).Select(p => p.ToLowerInvariant()));
        }
    }

    private string LatinBrand(int lengthen)
    {
        string brand;
        do
        {
            var middles = rng.Next(3) == 0 ? 1 + lengthen : lengthen;
            brand = Variates.Pick(rng, LatinStarts)
                    + string.Concat(Enumerable.Range(0, middles).Select(_ => Variates.Pick(rng, LatinMiddles)))
                    + Variates.Pick(rng, LatinEnds);
        }
        while (Refused.Contains(brand));
        return brand;
    }

    private string Draw(string pool, int count = 1)
    {
        Span<char> chars = stackalloc char[count];
        for (var i = 0; i < count; i++) chars[i] = pool[rng.Next(pool.Length)];
        return new string(chars);
    }

    // 科技 after an industry word that already names the trade (硅业, 精密工业, 信息技术) reads oddly in a registered name.
    private static string TechSuffix(string core) =>
        core.EndsWith("科技", StringComparison.Ordinal) || core.EndsWith("技术", StringComparison.Ordinal) || core.EndsWith('业')
            ? ""
            : "科技";

    private static IReadOnlyList<string> CorporateSuffixes(string country) => country switch
    {
        "US" => ["Inc.", "Corporation", "Technologies, Inc.", "LLC"],
        "NL" => ["N.V.", "B.V.", "Holding N.V."],
        "DE" => ["GmbH", "AG", "SE", "GmbH & Co. KG"],
        "CH" => ["AG", "SA"],
        "GB" => ["plc", "Ltd"],
        "FR" => ["S.A.", "SAS"],
        "AU" => ["Limited", "Ltd"],
        "CL" or "AR" => ["S.A."],
        "SE" => ["AB"],
        "BE" => ["NV", "SA"],
        "SG" => ["Pte. Ltd."],
        _ => ["Ltd."],
    };

    private static ulong Fnv1a(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }
        return hash;
    }
}
