namespace ChainGraph.GraphQL.Execution;

/// <summary>
/// A map or list in the response tree. While executing, each node knows its slot in its parent so null propagation
/// (spec §6.4.4) can walk upwards; after execution the tree is read-only.
/// </summary>
public abstract class ResultNode
{
    private protected ResultNode(int count)
    {
        Values = count == 0 ? [] : new object?[count];
    }

    internal object?[] Values { get; }

    internal ResultNode? Parent { get; private set; }

    internal int ParentIndex { get; private set; }

    internal bool IsNonNullInParent { get; private set; }

    internal bool IsDead { get; set; }

    internal void Attach(ResultNode? parent, int index, bool nonNull)
    {
        Parent = parent;
        ParentIndex = index;
        IsNonNullInParent = nonNull;
    }

    internal abstract object PathSegment(int index);

    /// <summary>True when this node or an ancestor has been replaced by null.</summary>
    internal bool IsDetached()
    {
        for (var node = this; node is not null; node = node.Parent)
        {
            if (node.IsDead)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The response path of the value at <paramref name="index"/> in this node.</summary>
    internal IReadOnlyList<object> PathTo(int index)
    {
        var segments = new List<object> { PathSegment(index) };
        for (var node = this; node.Parent is not null; node = node.Parent)
        {
            segments.Add(node.Parent.PathSegment(node.ParentIndex));
        }

        segments.Reverse();
        return segments;
    }
}
