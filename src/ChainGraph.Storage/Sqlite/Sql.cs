using System.Globalization;
using Microsoft.Data.Sqlite;

namespace ChainGraph.Storage.Sqlite;

/// <summary>Small helpers for one-off statements (bulk paths prepare their own commands).</summary>
internal static class Sql
{
    public static int Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteNonQuery();
    }

    public static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    /// <summary>Runs <paramref name="command"/> and maps every row it returns with <paramref name="read"/>, in order.</summary>
    public static List<T> Rows<T>(SqliteCommand command, Func<SqliteDataReader, T> read)
    {
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read()) rows.Add(read(reader));
        return rows;
    }

    public static long Count(SqliteConnection connection, string table) =>
        Convert.ToInt64(Scalar(connection, $"SELECT count(*) FROM {table}"), CultureInfo.InvariantCulture);

    /// <summary>A prepared command with one parameter per name (`$name`).</summary>
    public static SqliteCommand Prepare(SqliteConnection connection, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters) command.Parameters.Add(new SqliteParameter("$" + name, null));
        command.Prepare();
        return command;
    }

    public static object Value<T>(T? value) where T : struct => value.HasValue ? value.Value : DBNull.Value;

    public static object Value(string? value) => value is null ? DBNull.Value : value;
}
