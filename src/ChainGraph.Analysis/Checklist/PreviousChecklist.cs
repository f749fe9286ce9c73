using System.Globalization;
using System.Text.Json;
using ChainGraph.Domain;

namespace ChainGraph.Analysis.Checklist;

/// <summary>
/// A checklist of an earlier quarter, as JSON with an <c>items</c> array of <c>{ id, severity }</c> (what
/// <c>chaingraph checklist --format json</c> writes). Pure: the files live where the application keeps them
/// (<c>PreviousChecklistFiles</c> in ChainGraph.Application).
/// </summary>
public sealed record PreviousChecklist(string Label, IReadOnlyList<PreviousItem> Items)
{
    /// <summary>
    /// Parses checklist JSON; throws <see cref="InvalidDataException"/> naming <paramref name="source"/> when it is not one.
    /// </summary>
    public static PreviousChecklist Parse(string json, string source, string label)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var items = document.RootElement.GetProperty("items").EnumerateArray().Select(PreviousItems.Read).ToList();
            return new PreviousChecklist(label, items);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new InvalidDataException($"{source} is not a checklist JSON with items of id and severity: {e.Message}", e);
        }
    }

    /// <summary>The JSON a stored quarter holds: quarter, data version and the items' id, severity, type, chain and title.</summary>
    public static string Serialize(DateOnly today, long dataVersion, IReadOnlyList<ChecklistItem> items) => JsonSerializer.Serialize(new
    {
        quarter = Quarter(today),
        dataVersion,
        items = items.Select(i => new { id = i.Id, severity = i.Severity, type = Vocabulary.Word(i.Type), chainId = i.ChainId,
        title = PreviousItems.Title(i) }),
    });

    /// <summary>The quarter's name, e.g. <c>2025-Q3</c>.</summary>
    public static string Quarter(DateOnly date) => string.Create(CultureInfo.InvariantCulture, $"{date.Year:D4}-Q{(date.Month + 2) / 3}");

    /// <summary>Only this chain's items (ids are <c>link:CHAIN:…</c> or <c>chokepoint:CHAIN:…</c>).</summary>
    public IReadOnlyList<PreviousItem> ForChain(string chainId) =>
        Items.Where(i => i.Id.Split(':') is [_, var chain, ..] && chain == chainId).ToList();
}
