using ChainGraph.Storage.Service;
using ChainGraph.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace ChainGraph.Storage.Tests.Service;

/// <summary>Opening the service database; keys are in ServiceStoreKeysTests, the audit log in ServiceStoreAuditTests.</summary>
public sealed partial class ServiceStoreTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2025, 3, 1, 8, 0, 0, TimeSpan.Zero);
    private readonly TestFolder _folder = new(withTemplates: false);
    private readonly ManualClock _clock = new(Start);

    private string DbPath => Path.Combine(_folder.Path, "data", ServiceStore.DefaultFileName);

    public void Dispose() => _folder.Dispose();

    private ServiceStore CreateSut() => ServiceStore.Open(DbPath, _clock);

    [Fact]
    public void Open_NewFile_CreatesWalDatabaseWithSchema()
    {
        using (var store = CreateSut()) store.Location.Should().Be(DbPath);

        using var connection = Connect();
        Scalar(connection, "PRAGMA journal_mode").Should().Be("wal");
        Scalar(connection, "PRAGMA user_version").Should().Be(2L);
        Scalar(connection, "SELECT count(*) FROM sqlite_master WHERE name IN ('api_keys', 'audit_log')").Should().Be(2L);
    }

    [Fact]
    public void Open_NewFile_ReadableByOwnerOnly()
    {
        if (OperatingSystem.IsWindows()) return;

        using var store = CreateSut();

        File.GetUnixFileMode(DbPath).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }

    [Fact]
    public void Open_Twice_KeepsData()
    {
        using (var first = CreateSut()) first.CreateKey("ci", KeyRoles.Viewer);

        using var second = CreateSut();

        second.ListKeys().Should().ContainSingle(k => k.Name == "ci");
    }

    [Fact]
    public void Open_DatabaseFromNewerProgram_Refused()
    {
        CreateSut().Dispose();
        using (var connection = Connect()) Scalar(connection, "PRAGMA user_version = 7");

        var act = () => CreateSut();

        act.Should().Throw<InvalidOperationException>().WithMessage("*schema version 7*");
    }

    [Fact]
    public void DefaultPath_IsServiceDbInDataFolder()
    {
        ServiceStore.DefaultPath.Should().Be(Path.Combine(StoreFactory.DataFolder, "service.db"));
    }

    private SqliteConnection Connect()
    {
        var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        connection.Open();
        return connection;
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private IEnumerable<byte[]> DatabaseFiles() => SqliteFiles.Of(DbPath).Where(File.Exists).Select(ReadShared);

    private static byte[] ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
