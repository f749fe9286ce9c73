using System.Globalization;
using Microsoft.Data.Sqlite;

namespace ChainGraph.Storage.Sqlite;

/// <summary>
/// Brings one SQLite database's schema up to date: step k (1-based) runs once, in order, in its own transaction that
/// also sets <c>PRAGMA user_version = k</c>, so a failing step leaves the database at the step before. A database
/// written by a newer program (a version above the number of steps) is refused. Immutable, thread-safe.
/// </summary>
internal sealed class MigrationRunner
{
    private readonly string _database;
    private readonly string[] _steps;

    /// <param name="database">The database as an error names it, e.g. "the store".</param>
    /// <param name="steps">The migration scripts, oldest first; a shipped step is never changed, only followed.</param>
    public MigrationRunner(string database, IReadOnlyList<string> steps)
    {
        if (steps.Any(string.IsNullOrWhiteSpace)) throw new ArgumentException("a migration step is empty", nameof(steps));
        (_database, _steps) = (database, [.. steps]);
    }

    /// <summary>The schema version this program writes.</summary>
    public int Latest => _steps.Length;

    /// <summary>Runs the steps <paramref name="connection"/>'s database has not had yet.</summary>
    /// <exception cref="InvalidOperationException">The database's version is newer than <see cref="Latest"/>.</exception>
    public void Apply(SqliteConnection connection)
    {
        var current = Convert.ToInt32(Sql.Scalar(connection, "PRAGMA user_version"), CultureInfo.InvariantCulture);
        if (current > Latest)
            throw new InvalidOperationException(
                $"{_database} has schema version {current}, newer than this program's {Latest}; upgrade chaingraph");
        for (var version = current + 1; version <= Latest; version++)
        {
            using var transaction = connection.BeginTransaction();
            Sql.Execute(connection, _steps[version - 1]);
            Sql.Execute(connection, $"PRAGMA user_version = {version}");
            transaction.Commit();
        }
    }
}
