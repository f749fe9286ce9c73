using System.Globalization;
using ChainGraph.Domain;
using ChainGraph.Domain.Text;

namespace ChainGraph.Analysis.Evaluation;

/// <summary>
/// Assigns each firm the finest industry level (4-digit class → 3-digit group → 2-digit major group → section letter)
/// with at least <see cref="EvaluationSettings.MinimumPeerGroup"/> evaluated firms, else every evaluated firm, and says
/// which. Codes are GB/T 4754 with the section letter first (C3981).
/// </summary>
internal static class PeerGrouping
{
    private static readonly (PeerLevel Level, int Length)[] Levels =
        [(PeerLevel.IndustryClass, 5), (PeerLevel.IndustryGroup, 4), (PeerLevel.IndustryMajor, 3), (PeerLevel.Section, 1)];

    public static PeerGroup[] Assign(IReadOnlyList<Enterprise> firms, int minimum)
    {
        var sizes = Levels.ToDictionary(l => l.Level, l => firms.Select(f => Prefix(f, l.Length))
            .OfType<string>()
            .GroupBy(p => p)
            .ToDictionary(g => g.Key, g => g.Count()));
        return [.. firms.Select(f => Assign(f, sizes, minimum, firms.Count))];
    }

    private static PeerGroup Assign(Enterprise firm, Dictionary<PeerLevel, Dictionary<string, int>> sizes, int minimum, int all)
    {
        var available = Levels.Where(l => Prefix(firm, l.Length) is not null).ToList();
        PeerLevel? finest = available.Count > 0 ? available[0].Level : null;
        foreach (var (level, length) in available)
        {
            var code = Prefix(firm, length)!;
            var count = sizes[level][code];
            if (count < minimum) continue;
            var fellBack = finest == level ? null : finest;
            return new PeerGroup(code, level, count, fellBack, Describe(firm, code, level, count, fellBack, sizes));
        }
        return new PeerGroup("", PeerLevel.All, all, finest, DescribeAll(firm, all, minimum, finest is not null));
    }

    private static string? Prefix(Enterprise firm, int length) =>
        firm.IndustryCode is { } code && code.Length >= length ? code[..length] : null;

    private static Localized Describe(Enterprise firm, string code, PeerLevel level, int count, PeerLevel? from,
        Dictionary<PeerLevel, Dictionary<string, int>> sizes)
    {
        var name = EvaluationWording.Level(level);
        if (from is not { } f) return new(Text($"同行：{name.Zh} {code}（{count} 家）"), Text($"peers: {name.En} {code} ({count} firms)"));
        var fromCode = Prefix(firm, Levels.First(l => l.Level == f).Length)!;
        var fromName = EvaluationWording.Level(f);
        var fromCount = sizes[f][fromCode];
        return new(
            Text($"同行：{fromName.Zh} {fromCode} 仅 {fromCount} 家，改在{name.Zh} {code}（{count} 家）中比较"),
            Text($"peers: {fromName.En} {fromCode} has only {fromCount} firms; compared within {name.En} {code} ({count} firms)"));
    }

    private static Localized DescribeAll(Enterprise firm, int all, int minimum, bool hasCode) => hasCode
        ? new(Text($"同行：行业代码 {firm.IndustryCode} 各级均不足 {minimum} 家，改在全部参评企业（{all} 家）中比较"),
              Text($"peers: no level of industry code {firm.IndustryCode} has {minimum} firms; compared with all evaluated firms ({all})"))
        : new(Text($"同行：未登记行业代码，在全部参评企业（{all} 家）中比较"),
              Text($"peers: no industry code recorded; compared with all evaluated firms ({all})"));

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
