namespace ChainGraph.GraphQL.Execution;

/// <summary>A bounded LRU cache of prepared documents keyed by query text. Thread-safe (one lock, O(1) operations).</summary>
internal sealed class DocumentCache(int capacity)
{
    private readonly object _gate = new();
    private readonly Dictionary<string, LinkedListNode<(string Key, PreparedDocument Value)>> _map = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Key, PreparedDocument Value)> _order = new();

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _map.Count;
            }
        }
    }

    public bool TryGet(string key, out PreparedDocument document)
    {
        lock (_gate)
        {
            if (_map.TryGetValue(key, out var node))
            {
                _order.Remove(node);
                _order.AddFirst(node);
                document = node.Value.Value;
                return true;
            }
        }

        document = null!;
        return false;
    }

    public void Add(string key, PreparedDocument document)
    {
        if (capacity <= 0)
        {
            return;
        }

        lock (_gate)
        {
            if (_map.ContainsKey(key))
            {
                return;
            }

            _map[key] = _order.AddFirst((key, document));
            if (_map.Count > capacity)
            {
                _map.Remove(_order.Last!.Value.Key);
                _order.RemoveLast();
            }
        }
    }
}
