namespace ChainGraph.Domain;

/// <summary>
/// The words files, the store and the API use for enumerations (docs/design.md, "Data contracts"):
/// snake_case for values (`little_giant`, `capacity_cut`), kebab-case for chain categories.
/// </summary>
public static class Vocabulary
{
    private static readonly Dictionary<EnterpriseLabels, string> LabelWords = new()
    {
        [EnterpriseLabels.Listed] = "listed",
        [EnterpriseLabels.Champion] = "champion",
        [EnterpriseLabels.LittleGiant] = "little_giant",
        [EnterpriseLabels.Unicorn] = "unicorn",
        [EnterpriseLabels.HqLocal] = "hq_local",
        [EnterpriseLabels.InnovativeSme] = "innovative_sme",
        [EnterpriseLabels.Specialized] = "specialized",
    };

    private static readonly Dictionary<string, EnterpriseLabels> LabelsByWord =
        LabelWords.ToDictionary(kv => kv.Value, kv => kv.Key, StringComparer.OrdinalIgnoreCase);

    private static readonly ComplianceFlags[] ComplianceValues =
        [.. Enum.GetValues<ComplianceFlags>().Where(f => f != ComplianceFlags.None)];

    public static string Word<T>(T value) where T : struct, Enum =>
        value is ChainCategory category ? Kebab(category.ToString()) : Snake(value.ToString());

    /// <summary>Parses a word into <typeparamref name="T"/>; case-insensitive, accepts `-` or `_` between parts.</summary>
    public static bool TryParse<T>(string text, out T value) where T : struct, Enum
    {
        var compact = text.Replace("_", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        return Enum.TryParse(compact, ignoreCase: true, out value)
               && !int.TryParse(compact, out _)
               && Enum.IsDefined(value);
    }

    public static string Words<T>() where T : struct, Enum => string.Join(" | ", Enum.GetValues<T>().Select(v => Word(v)));

    /// <summary>Formats labels as `listed;champion` (empty for none).</summary>
    public static string FormatLabels(EnterpriseLabels labels) =>
        string.Join(';', LabelWords.Where(kv => labels.HasFlag(kv.Key)).Select(kv => kv.Value));

    /// <summary>Parses `listed;champion`; returns the first unknown word, or null when all are known.</summary>
    public static string? TryParseLabels(string text, out EnterpriseLabels labels)
    {
        labels = EnterpriseLabels.None;
        foreach (var word in text.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!LabelsByWord.TryGetValue(word, out var label)) return word;
            labels |= label;
        }
        return null;
    }

    public static string LabelWordList => string.Join(";", LabelWords.Values);

    /// <summary>Formats compliance flags as `safety_hazard;wage_arrears` (empty for none).</summary>
    public static string FormatCompliance(ComplianceFlags flags) =>
        string.Join(';', ComplianceValues.Where(f => flags.HasFlag(f)).Select(f => Word(f)));

    /// <summary>Parses `safety_hazard;unlicensed`; returns the first unknown word, or null when all are known.</summary>
    public static string? TryParseCompliance(string text, out ComplianceFlags flags)
    {
        flags = ComplianceFlags.None;
        foreach (var word in text.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!TryParse<ComplianceFlags>(word, out var flag) || flag == ComplianceFlags.None) return word;
            flags |= flag;
        }
        return null;
    }

    public static string ComplianceWordList => string.Join(";", ComplianceValues.Select(f => Word(f)));

    private static string Snake(string pascal) => Separate(pascal, '_');

    private static string Kebab(string pascal) => Separate(pascal, '-');

    private static string Separate(string pascal, char separator)
    {
        var chars = new List<char>(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            if (i > 0 && char.IsUpper(pascal[i])) chars.Add(separator);
            chars.Add(char.ToLowerInvariant(pascal[i]));
        }
        return new string([.. chars]);
    }
}
