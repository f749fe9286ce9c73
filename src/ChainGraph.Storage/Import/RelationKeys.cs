namespace ChainGraph.Storage.Import;

/// <summary>
/// Packs a supply relation (supplier, customer, segment) into one 64-bit key, and a (customer, segment) pair into
/// another, with field widths fitted to the import: as many bits as the largest enterprise and segment index need.
/// Ten million firms and a few hundred segments take 24 + 24 + 9 bits; the last fixed layout (22 bits per firm) stopped
/// at 4,194,304 enterprises.
/// </summary>
internal readonly struct RelationKeys
{
    private readonly int _enterpriseBits;
    private readonly int _segmentBits;

    /// <param name="enterprises">How many enterprise indices there are (every index is below it).</param>
    /// <param name="segments">How many segment indices there are.</param>
    /// <exception cref="NotSupportedException">Two enterprise indices and a segment index do not fit in 64 bits.</exception>
    public RelationKeys(int enterprises, int segments)
    {
        _enterpriseBits = BitsFor(enterprises);
        _segmentBits = BitsFor(segments);
        if (2 * _enterpriseBits + _segmentBits > 64)
            throw new NotSupportedException(
                $"the validator packs a supply relation into 64 bits: {enterprises:N0} enterprises and {segments:N0} segments do not fit");
    }

    /// <summary>The relation's key; distinct relations get distinct keys.</summary>
    public ulong Relation(int supplier, int customer, int segment) =>
        ((ulong)(uint)supplier << (_enterpriseBits + _segmentBits)) | ((ulong)(uint)customer << _segmentBits) | (uint)segment;

    /// <summary>The (customer, segment) pair's key, under which shares are summed.</summary>
    public ulong Sum(int customer, int segment) => ((ulong)(uint)customer << _segmentBits) | (uint)segment;

    private static int BitsFor(int count) => Math.Max(1, 32 - int.LeadingZeroCount(Math.Max(count - 1, 0)));
}
