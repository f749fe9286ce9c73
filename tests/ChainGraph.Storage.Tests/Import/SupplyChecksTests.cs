using ChainGraph.Storage.Import;
using ChainGraph.Storage.Sqlite;

namespace ChainGraph.Storage.Tests.Import;

/// <summary>Rows of one customer come together in supply files; each is still checked on its own.</summary>
public sealed class SupplyChecksTests : IDisposable
{
    private const string Owner = "91440300100000016D";
    private const string CellMaker = "914403001000000248";
    private const string Lithium = "9136050020000003XX";
    private const string Stranger = "91440300100000059T";

    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Validate_UnknownCustomerOnConsecutiveRows_RejectsEveryRow()
    {
        _folder.Append("supplies.csv", $"{Lithium},{Stranger},nev-lithium,0.1,,,,");
        _folder.Append("supplies.csv", $"{CellMaker},{Stranger},nev-cell,0.1,,,,");

        var report = await Validate();

        report.Errors.Where(e => e.Column == "customer_id" && e.Message.Contains("does not exist")).Select(e => e.Line)
            .Should().Equal(4, 5);
    }

    [Fact]
    public async Task Validate_SameCustomerOnConsecutiveRows_SumsSharesAndFindsDuplicatesForThatCustomer()
    {
        _folder.Append("supplies.csv", $"{Lithium},{Owner},nev-cell,0.2,,,,");
        _folder.Append("supplies.csv", $"{Lithium},{Owner},nev-cell,0.1,,,,");

        var errors = (await Validate()).Errors.ToList();

        errors.Should().Contain(e => e.Line == 4 && e.Column == "share" && e.Message.Contains($"{Owner}'s input for 'nev-cell' add up to 1.05"));
        errors.Should().Contain(e => e.Line == 5 && e.Message.Contains("duplicate supply") && e.Message.Contains("first on line 4"));
    }

    private async Task<ImportReport> Validate()
    {
        using var store = SqliteGraphStore.Open(_folder.Store);
        return await Importer.ValidateAsync(store, ImportSource.FromDirectory(_folder.Import));
    }
}
