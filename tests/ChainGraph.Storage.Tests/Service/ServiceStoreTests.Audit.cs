using ChainGraph.Storage.Service;

namespace ChainGraph.Storage.Tests.Service;

public sealed partial class ServiceStoreTests
{
    [Fact]
    public void AppendAudit_Entry_StampedAndReadBack()
    {
        using var store = CreateSut();
        _clock.Advance(TimeSpan.FromMinutes(5));

        var entry = store.AppendAudit("k1", "bureau", KeyRoles.Editor, "upsertEnterprise", "91440300MA5F", """{"name":"比亚迪"}""");

        entry.Should().Be(new AuditEntry(entry.Id, Start.AddMinutes(5), "k1", "bureau", KeyRoles.Editor, "upsertEnterprise", "91440300MA5F", """{"name":"比亚迪"}"""));
        store.ReadAudit(10).Entries.Should().Equal(entry);
    }

    [Fact]
    public void AppendAudit_NoTargetOrDetails_Stored()
    {
        using var store = CreateSut();

        var entry = store.AppendAudit("k1", "bureau", KeyRoles.Editor, "import", null, null);

        store.ReadAudit(1).Entries.Should().Equal(entry);
    }

    [Fact]
    public void AppendAudit_DetailsNotJson_Throws()
    {
        using var store = CreateSut();

        var act = () => store.AppendAudit("k1", "bureau", KeyRoles.Editor, "import", null, "{not json");

        act.Should().Throw<ArgumentException>().WithMessage("*JSON*");
        store.ReadAudit(10).Entries.Should().BeEmpty();
    }

    [Fact]
    public void ReadAudit_Pages_NewestFirstWithoutGapsOrRepeats()
    {
        using var store = CreateSut();
        for (var i = 0; i < 25; i++) store.AppendAudit("k1", "bureau", KeyRoles.Editor, $"op{i}", null, null);

        var pages = new List<AuditPage> { store.ReadAudit(10) };
        while (pages[^1].HasNextPage) pages.Add(store.ReadAudit(10, pages[^1].EndCursor));

        pages.Select(p => p.Entries.Count).Should().Equal(10, 10, 5);
        pages.SelectMany(p => p.Entries).Select(e => e.Operation).Should().Equal(Enumerable.Range(0, 25).Reverse().Select(i => $"op{i}"));
    }

    [Fact]
    public void ReadAudit_ExactPage_NoNextPage()
    {
        using var store = CreateSut();
        for (var i = 0; i < 3; i++) store.AppendAudit("k1", "bureau", KeyRoles.Editor, "op", null, null);

        var page = store.ReadAudit(3);

        page.Entries.Should().HaveCount(3);
        page.HasNextPage.Should().BeFalse();
    }

    [Fact]
    public void ReadAudit_FirstZero_EmptyButSaysMoreExist()
    {
        using var store = CreateSut();
        store.AppendAudit("k1", "bureau", KeyRoles.Editor, "op", null, null);

        var page = store.ReadAudit(0);

        page.Entries.Should().BeEmpty();
        page.EndCursor.Should().BeNull();
        page.HasNextPage.Should().BeTrue();
    }

    [Fact]
    public void ReadAudit_EmptyLog_EmptyPage()
    {
        using var store = CreateSut();

        store.ReadAudit(10).Should().BeEquivalentTo(new AuditPage([], false));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(ServiceStore.MaxAuditPage + 1)]
    public void ReadAudit_FirstOutOfRange_Throws(int first)
    {
        using var store = CreateSut();

        var act = () => store.ReadAudit(first);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
