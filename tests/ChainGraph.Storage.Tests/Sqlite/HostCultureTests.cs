using System.Globalization;
using ChainGraph.Storage.Import;
using ChainGraph.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace ChainGraph.Storage.Tests.Sqlite;

/// <summary>
/// The store's text is the same whatever the host's culture: a host whose culture uses another calendar (Thai: Buddhist
/// years) or other separators writes and reads the ISO dates and numbers a Gregorian host does.
/// </summary>
public sealed class HostCultureTests : IDisposable
{
    private readonly TestFolder _folder = new();
    private readonly CultureInfo _before = CultureInfo.CurrentCulture;

    [Theory]
    [InlineData("th-TH")]
    [InlineData("ar-SA")]
    [InlineData("de-DE")]
    public async Task ImportAndLoad_UnderAnotherCalendarOrSeparators_SameDatesAsInvariant(string culture)
    {
        var expected = await ImportAndLoad(CultureInfo.InvariantCulture, "invariant.db");

        var actual = await ImportAndLoad(new CultureInfo(culture), $"{culture}.db");

        actual.Founded.Should().Equal(expected.Founded).And.Contain(new DateOnly(1995, 2, 10));
        actual.Events.Should().Equal(expected.Events).And.Contain(new DateOnly(2024, 3, 15));
        StoredDates($"{culture}.db").Should().Contain("1995-02-10").And.Contain("2024-03-15");
    }

    private async Task<(List<DateOnly?> Founded, List<DateOnly> Events)> ImportAndLoad(CultureInfo culture, string name)
    {
        CultureInfo.CurrentCulture = culture;
        try
        {
            using var store = SqliteGraphStore.Open(Path.Combine(_folder.Path, name));
            (await Importer.ImportAsync(store, ImportSource.FromDirectory(_folder.Import))).Written.Should().BeTrue();
            var dataset = await store.LoadDatasetAsync();
            return ([.. dataset.Enterprises.Select(e => e.Founded)], [.. dataset.Events.Select(e => e.Date)]);
        }
        finally
        {
            CultureInfo.CurrentCulture = _before;
        }
    }

    private List<string> StoredDates(string name)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(_folder.Path, name)};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT founded FROM enterprises WHERE founded IS NOT NULL UNION ALL SELECT date FROM events";
        using var reader = command.ExecuteReader();
        var dates = new List<string>();
        while (reader.Read()) dates.Add(reader.GetString(0));
        return dates;
    }

    public void Dispose()
    {
        CultureInfo.CurrentCulture = _before;
        _folder.Dispose();
    }
}
