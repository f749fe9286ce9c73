using System.Runtime.InteropServices;
using ChainGraph.Domain;

namespace ChainGraph.Storage.Import;

/// <summary>
/// The checks on supply relations: references, the customer's chain, duplicates and, per customer and
/// segment, that shares add up to at most 1 (counting relations already in the store that the import
/// does not replace). Keys are packed into 64 bits (<see cref="RelationKeys"/>) so ten million rows fit in a few hundred
/// megabytes. Each supply that passes is handed to <c>kept</c>, when there is one, for the store's write.
/// </summary>
internal sealed class SupplyChecks(ImportValidator validator, Dataset existing, SortedRows<ValidatedSupply>? kept)
{
    private const double Tolerance = 1e-6;

    // One entry per relation, for the store's share and the file's first line: one lookup per row in a table of ten million
    // instead of one in each of two (2.8 s of duplicate checks and 2.3 s of share sums at 1M/10M against a full store).
    private Dictionary<ulong, Relation> _relations = [];
    private readonly Dictionary<ulong, double> _shareSum = new(existing.Supplies.Count);
    private readonly HashSet<ulong> _reportedSums = [];
    private readonly Dictionary<string, SegmentPlace> _places = new(StringComparer.Ordinal);
    private readonly LastLookup _lastCustomer = new();
    private RelationKeys _keys;

    public void Run(ImportPlan plan, CancellationToken token)
    {
        if (!plan.Has(RecordKind.Supplies)) return;
        _keys = new RelationKeys(validator.Enterprises.Count, validator.SegmentCount);
        var source = plan.Source.Files.First(f => f.Spec.Kind == RecordKind.Supplies);
        var file = source.Path;
        _relations = new Dictionary<ulong, Relation>(existing.Supplies.Count + ExpectedRows(source.Length));
        LoadStored();
        kept?.Reserve(ExpectedRows(source.Length));
        foreach (var (supply, line) in validator.SupplyRows(plan, token))
        {
            var supplier = validator.KnownEnterprise(file, line, "supplier_id", supply.SupplierId);
            var customer = Customer(file, line, supply.CustomerId);
            var place = Place(file, line, supply.SegmentId);
            if (place is not { } segment || supplier < 0 || customer < 0) continue;
            if (!CheckChain(file, line, supply, supplier, customer, segment)) continue;
            var key = _keys.Relation(supplier, customer, segment.Index);
            ref var relation = ref CollectionsMarshal.GetValueRefOrAddDefault(_relations, key, out _);
            if (relation.Line > 0)
            {
                validator.Error(file, line, "segment_id",
                    $"duplicate supply {supply.SupplierId} → {supply.CustomerId} for {supply.SegmentId} (first on line {relation.Line})");
                continue;
            }
            relation.Line = line;
            AddShare(file, line, supply, relation.StoredShare, _keys.Sum(customer, segment.Index));
            kept?.Add(ValidatedSupply.Of(supply, customer, segment.Index, supplier));
        }
    }

    private int Customer(string file, int line, string id)
    {
        if (_lastCustomer.TryGet(id, out var known)) return (int)known;
        var index = validator.KnownEnterprise(file, line, "customer_id", id);
        if (index >= 0) _lastCustomer.Remember(id, index);
        return index;
    }

    // A known segment's index and chain, looked up once per segment id instead of three times per row.
    private SegmentPlace? Place(string file, int line, string segmentId)
    {
        if (_places.TryGetValue(segmentId, out var place)) return place;
        if (!validator.KnownSegment(file, line, "segment_id", segmentId)) return null;
        var chain = validator.ChainOf(segmentId)!;
        return _places[segmentId] = new SegmentPlace(validator.SegmentIndex(segmentId), chain, validator.Memberships.ChainNumber(chain));
    }

    private bool CheckChain(string file, int line, Supply supply, int supplier, int customer, SegmentPlace segment)
    {
        if (!validator.Memberships.InChain(customer, segment.ChainNumber))
        {
            validator.Error(file, line, "segment_id", $"segment '{supply.SegmentId}' is in chain '{segment.Chain}', but customer {supply.CustomerId} serves no segment of that chain (enterprise_segments)");
            return false;
        }
        if (!validator.Memberships.Serves(supplier, segment.Index))
            validator.Warning(file, line, "supplier_id",
                $"supplier {supply.SupplierId} is not listed in segment '{supply.SegmentId}' (enterprise_segments)");
        return true;
    }

    private void AddShare(string file, int line, Supply supply, float storedShare, ulong sumKey)
    {
        ref var total = ref CollectionsMarshal.GetValueRefOrAddDefault(_shareSum, sumKey, out _);
        var sum = total + supply.Share - storedShare;
        total = sum;
        if (sum > 1 + Tolerance && _reportedSums.Add(sumKey))
            validator.Error(file, line, "share",
                $"the shares of {supply.CustomerId}'s input for '{supply.SegmentId}' add up to {sum:0.####} (> 1) with this row");
    }

    private void LoadStored()
    {
        var supplies = existing.Supplies;
        var segmentIndex = existing.Segments.Select(s => validator.SegmentIndex(s.Id)).ToArray();
        for (var i = 0; i < supplies.Count; i++)
        {
            var segment = segmentIndex[supplies.Segment[i]];
            _relations[_keys.Relation(supplies.Supplier[i], supplies.Customer[i], segment)] = new Relation(0, supplies.Share[i]);
            CollectionsMarshal.GetValueRefOrAddDefault(_shareSum, _keys.Sum(supplies.Customer[i], segment), out _) += supplies.Share[i];
        }
    }

    // Sized once from the file (a CSV supply row takes ~85 bytes, rarely under 64) rather than rehashed as it grows.
    private static int ExpectedRows(long bytes) => (int)Math.Min(bytes / 64, 1 << 27);

    private readonly record struct SegmentPlace(int Index, string Chain, int ChainNumber);

    // Line is the relation's first line in the file (0 until then: lines start at 1); StoredShare its share in the store.
    private record struct Relation(int Line, float StoredShare);
}
