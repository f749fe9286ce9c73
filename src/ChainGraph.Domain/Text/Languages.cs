namespace ChainGraph.Domain.Text;

/// <summary>Parses the words a user types for a language (<c>zh</c>, <c>zh-CN</c>, <c>en</c>, <c>en-US</c>, …).</summary>
public static class Languages
{
    public const string Words = "zh | en";

    /// <summary>True for a Chinese or English tag (case-insensitive; a region suffix is allowed).</summary>
    public static bool TryParse(string? text, out Language language)
    {
        var tag = (text ?? "").Trim().ToLowerInvariant();
        language = tag.StartsWith("en", StringComparison.Ordinal) ? Language.En : Language.Zh;
        return tag is "zh" or "en" || tag.StartsWith("zh-", StringComparison.Ordinal) || tag.StartsWith("en-", StringComparison.Ordinal);
    }
}
