using System.Collections;

namespace ChainGraph.Api.Schema;

/// <summary>A read-only list that maps items on access, so paging a million indices builds views only for one page.</summary>
internal sealed class MappedList<TIn, TOut>(IReadOnlyList<TIn> source, Func<TIn, TOut> map) : IReadOnlyList<TOut>
{
    public TOut this[int index] => map(source[index]);

    public int Count => source.Count;

    public IEnumerator<TOut> GetEnumerator() => source.Select(map).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
