namespace ChainGraph.Storage.Import;

/// <summary>Dense indices for enterprise ids (store first, then the import), with their annual output.</summary>
internal sealed class EnterpriseIndex
{
    private readonly Dictionary<string, int> _index;
    private readonly List<double> _output;

    public EnterpriseIndex(IReadOnlyList<Domain.Enterprise> existing)
    {
        _index = new Dictionary<string, int>(existing.Count, StringComparer.Ordinal);
        _output = new List<double>(existing.Count);
        foreach (var e in existing) Add(e.Id, e.AnnualOutput);
    }

    public int Count => _index.Count;

    public void Add(string id, double output)
    {
        if (_index.TryGetValue(id, out var index)) _output[index] = output;
        else
        {
            _index[id] = _output.Count;
            _output.Add(output);
        }
    }

    public int IndexOf(string id) => _index.GetValueOrDefault(id, -1);

    public double Output(int index) => _output[index];
}
