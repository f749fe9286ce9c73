using ChainGraph.Storage.Import;
using ChainGraph.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace ChainGraph.Storage.Tests.Sqlite;

/// <summary>
/// The first import into a store nobody else has open is written with a rollback journal (SqliteGraphStore.TryWriteAlone);
/// the store is in WAL mode before and after, and an import into a store another connection has open goes through the WAL.
/// </summary>
public sealed class FirstImportJournalTests : IDisposable
{
    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string StorePath => Path.Combine(_folder.Path, "store.db");

    [Fact]
    public async Task FirstImport_StoreAlone_WrittenWithoutTheWalAndLeftInWalMode()
    {
        var journalWhileWriting = false;
        var progress = new SynchronousProgress(p => journalWhileWriting |= p.Phase == "writing" && File.Exists(StorePath + "-journal"));
        using (var store = SqliteGraphStore.Open(StorePath))
            (await Importer.ImportAsync(store, ImportSource.FromDirectory(_folder.Import), progress)).Written.Should().BeTrue();

        journalWhileWriting.Should().BeTrue("the write went through a rollback journal");
        JournalMode().Should().Be("wal");
        File.Exists(StorePath + "-journal").Should().BeFalse("the rollback journal is gone with the transaction");
        using var again = SqliteGraphStore.Open(StorePath);
        (await again.GetStatsAsync()).Enterprises.Should().Be(3);
        (await again.GetVersionAsync()).Should().Be(1);
    }

    [Fact]
    public async Task FirstImport_AnotherConnectionOpen_WrittenThroughTheWalWhileTheOtherReads()
    {
        using var reader = SqliteGraphStore.Open(StorePath);
        (await reader.GetVersionAsync()).Should().Be(0);
        var progress = new ReadingProgress(reader);

        using (var store = SqliteGraphStore.Open(StorePath))
            (await Importer.ImportAsync(store, ImportSource.FromDirectory(_folder.Import), progress)).Written.Should().BeTrue();

        progress.Failures.Should().BeEmpty("the other connection reads throughout the write, as in WAL mode");
        progress.JournalSeen.Should().BeFalse("the write went through the WAL");
        progress.Reads.Should().BePositive();
        (await reader.GetStatsAsync()).Enterprises.Should().Be(3);
        JournalMode().Should().Be("wal");
    }

    [Fact]
    public async Task Open_WhileAnotherProcessWritesTheStoreAlone_WaitsForItInsteadOfFailing()
    {
        using (SqliteGraphStore.Open(StorePath)) { }
        using var writer = new SqliteConnection($"Data Source={StorePath};Pooling=false");
        writer.Open();
        using (var command = writer.CreateCommand())
        {
            command.CommandText = "PRAGMA journal_mode = DELETE; BEGIN EXCLUSIVE; UPDATE meta SET value = value WHERE key = 'data_version'";
            command.ExecuteNonQuery();
        }

        var opening = Task.Run(() => SqliteGraphStore.Open(StorePath));
        await Task.Delay(500);
        var openedWhileHeld = opening.IsCompleted;
        using (var commit = writer.CreateCommand())
        {
            commit.CommandText = "COMMIT";
            commit.ExecuteNonQuery();
        }
        using var opened = await opening.WaitAsync(TimeSpan.FromSeconds(30));

        openedWhileHeld.Should().BeFalse("the open waits for the writer (busy_timeout before the journal mode)");
        JournalMode().Should().Be("wal", "the open puts the store back in WAL mode");
    }

    private string JournalMode()
    {
        using var connection = new SqliteConnection($"Data Source={StorePath};Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        return (string)command.ExecuteScalar()!;
    }

    // Reads through the other connection at each progress report of the import, recording failures (a locked store).
    private sealed class ReadingProgress(SqliteGraphStore reader) : IProgress<ImportProgress>
    {
        public List<Exception> Failures { get; } = [];

        public int Reads { get; private set; }

        public bool JournalSeen { get; private set; }

        public void Report(ImportProgress value)
        {
            JournalSeen |= File.Exists(reader.Location + "-journal");
            try
            {
                reader.GetVersionAsync().GetAwaiter().GetResult();
                Reads++;
            }
            catch (SqliteException e)
            {
                Failures.Add(e);
            }
        }
    }

    private sealed class SynchronousProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
