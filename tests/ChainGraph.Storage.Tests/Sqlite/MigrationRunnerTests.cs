using ChainGraph.Storage.Service;
using ChainGraph.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace ChainGraph.Storage.Tests.Sqlite;

public sealed class MigrationRunnerTests : IDisposable
{
    private static readonly string[] TwoSteps =
    [
        "CREATE TABLE log (step INTEGER NOT NULL); INSERT INTO log VALUES (1);",
        "INSERT INTO log VALUES (2);",
    ];

    private readonly SqliteConnection _connection = Memory();

    public void Dispose() => _connection.Dispose();

    [Fact]
    public void Apply_NewDatabase_RunsStepsInOrderAndRecordsTheVersion()
    {
        new MigrationRunner("the test database", TwoSteps).Apply(_connection);

        Steps().Should().Equal(1, 2);
        Version().Should().Be(2);
    }

    [Fact]
    public void Apply_Twice_RunsEachStepOnce()
    {
        var runner = new MigrationRunner("the test database", TwoSteps);

        runner.Apply(_connection);
        runner.Apply(_connection);

        Steps().Should().Equal(1, 2);
    }

    [Fact]
    public void Apply_OlderDatabase_RunsOnlyTheNewSteps()
    {
        new MigrationRunner("the test database", TwoSteps[..1]).Apply(_connection);

        new MigrationRunner("the test database", [.. TwoSteps, "INSERT INTO log VALUES (3);"]).Apply(_connection);

        Steps().Should().Equal(1, 2, 3);
        Version().Should().Be(3);
    }

    [Fact]
    public void Apply_FailingStep_RollsBackThatStepAndKeepsTheEarlierOnes()
    {
        var runner = new MigrationRunner("the test database", [TwoSteps[0], "INSERT INTO log VALUES (2); INSERT INTO missing VALUES (1);", "INSERT INTO log VALUES (3);"]);

        var act = () => runner.Apply(_connection);

        act.Should().Throw<SqliteException>().WithMessage("*missing*");
        Steps().Should().Equal(1);
        Version().Should().Be(1);
    }

    [Fact]
    public void Apply_DatabaseFromNewerProgram_RefusedUntouched()
    {
        Execute("PRAGMA user_version = 7");

        var act = () => new MigrationRunner("the test database", TwoSteps).Apply(_connection);

        act.Should().Throw<InvalidOperationException>().WithMessage("the test database has schema version 7, newer than this program's 2*");
        Execute("SELECT count(*) FROM sqlite_master").Should().Be(0L);
    }

    [Fact]
    public void Constructor_EmptyStep_Rejected()
    {
        var act = () => new MigrationRunner("the test database", ["CREATE TABLE t (x);", " "]);

        act.Should().Throw<ArgumentException>().WithMessage("*empty*");
    }

    [Fact]
    public void Schemas_GraphStoreAndServiceDatabase_MigrateAFreshDatabaseToTheirLatest()
    {
        using var service = Memory();

        Migrations.Schema.Apply(_connection);
        ServiceMigrations.Schema.Apply(service);

        Version().Should().Be(Migrations.Schema.Latest).And.BeGreaterThan(0);
        Convert.ToInt32(new SqliteCommand("PRAGMA user_version", service).ExecuteScalar()).Should().Be(ServiceMigrations.Schema.Latest).And.BeGreaterThan(0);
    }

    private static SqliteConnection Memory()
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        return connection;
    }

    private object? Execute(string sql) => new SqliteCommand(sql, _connection).ExecuteScalar();

    private int Version() => Convert.ToInt32(Execute("PRAGMA user_version"));

    private List<long> Steps()
    {
        using var command = new SqliteCommand("SELECT step FROM log ORDER BY rowid", _connection);
        using var reader = command.ExecuteReader();
        var steps = new List<long>();
        while (reader.Read()) steps.Add(reader.GetInt64(0));
        return steps;
    }
}
