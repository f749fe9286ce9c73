using System.Collections.Concurrent;

namespace ChainGraph.Analysis.Checklist;

/// <summary>
/// Items' full ranked candidate lists, kept for one analyzer (one dataset, one set of rules): the checklist build ranks
/// every item's candidates to pick its top ones and its undertaking firm, and `targets`, the API and the briefing then
/// ask for the same lists. Keyed by the item and the chain items its what-if term was judged against. Thread-safe.
/// </summary>
public sealed class CandidateCache
{
    private readonly ConcurrentDictionary<string, Lazy<ItemCandidates>> _lists = new(StringComparer.Ordinal);

    /// <summary>The lists for <paramref name="item"/> judged against <paramref name="chainItems"/>, computed once.</summary>
    internal ItemCandidates GetOrAdd(ChecklistItem item, IReadOnlyList<ChecklistItem> chainItems, Func<ItemCandidates> compute)
    {
        var key = item.Id + "\n" + string.Join('\n', chainItems.Select(i => i.Id).Order(StringComparer.Ordinal));
        return _lists.GetOrAdd(key, _ => new Lazy<ItemCandidates>(compute, LazyThreadSafetyMode.ExecutionAndPublication)).Value;
    }
}
