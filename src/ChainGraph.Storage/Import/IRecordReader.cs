namespace ChainGraph.Storage.Import;

/// <summary>Reads the records of one import file, mapping its fields onto the spec's columns.</summary>
public interface IRecordReader : IDisposable
{
    /// <summary>Reads the next record; false at the end. Problems are added to <paramref name="issues"/>;
    /// a record with an error in its framing (bad UTF-8, wrong column count) is skipped and the next one read.</summary>
    bool TryRead(out RawRecord record, ICollection<ImportIssue> issues);

    /// <summary>Bytes consumed so far, for progress.</summary>
    long Position { get; }
}
