using System.Text.Json;
using ChainGraph.Domain;

namespace ChainGraph.Analysis.Checklist;

/// <summary>Reads an item of an earlier checklist JSON (written by the CLI or stored by the service), old files included.</summary>
public static class PreviousItems
{
    /// <summary>An item's title as comparisons print it: chain / segment · firms.</summary>
    public static string Title(ChecklistItem item)
    {
        var firms = item.EnterpriseNames.Count > 0 ? " · " + string.Join(" + ", item.EnterpriseNames) : "";
        return $"{item.ChainName} / {item.SegmentName}{firms}";
    }

    /// <summary>
    /// Reads <c>id</c> and <c>severity</c>, and <c>type</c> and a title when present (<c>title</c>, or chain, segment and firm names).
    /// </summary>
    /// <exception cref="KeyNotFoundException">No id or severity.</exception>
    public static PreviousItem Read(JsonElement item)
    {
        ChecklistItemType? type = item.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String
            && Vocabulary.TryParse<ChecklistItemType>(t.GetString()!, out var parsed)
            ? parsed : null;
        return new PreviousItem(item.GetProperty("id").GetString()!, item.GetProperty("severity").GetDouble(), type, TitleOf(item));
    }

    private static string? TitleOf(JsonElement item)
    {
        if (item.TryGetProperty("title", out var title) && title.ValueKind == JsonValueKind.String) return title.GetString();
        if (!item.TryGetProperty("chainName", out var chain) || chain.ValueKind != JsonValueKind.String) return null;
        var segment = item.TryGetProperty("segmentName", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
        var firms = item.TryGetProperty("enterpriseNames", out var n) && n.ValueKind == JsonValueKind.Array
            ? n.EnumerateArray().Select(x => x.GetString()).ToList()
            : [];
        return $"{chain.GetString()} / {segment}{(firms.Count > 0 ? " · " + string.Join(" + ", firms) : "")}";
    }
}
