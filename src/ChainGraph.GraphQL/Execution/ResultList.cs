namespace ChainGraph.GraphQL.Execution;

/// <summary>A response list. Read-only once execution has finished.</summary>
public sealed class ResultList : ResultNode, IReadOnlyList<object?>
{
    internal ResultList(int count)
        : base(count)
    {
    }

    /// <inheritdoc />
    public int Count => Values.Length;

    /// <inheritdoc />
    public object? this[int index] => Values[index];

    /// <inheritdoc />
    public IEnumerator<object?> GetEnumerator() => ((IEnumerable<object?>)Values).GetEnumerator();

    /// <inheritdoc />
    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => Values.GetEnumerator();

    internal override object PathSegment(int index) => index;
}
