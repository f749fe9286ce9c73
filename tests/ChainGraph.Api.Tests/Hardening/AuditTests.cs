using ChainGraph.Domain;
using ChainGraph.Api.Security;
using ChainGraph.Api.Tests.Security;
using ChainGraph.Storage.Service;
using static ChainGraph.Api.Tests.Security.SecureApiHost;

namespace ChainGraph.Api.Tests.Hardening;

/// <summary>Finding 5: every write attempt leaves an audit entry saying how it ended: committed, rejected, refused.</summary>
public sealed class AuditTests(ImportRootHost api) : IClassFixture<ImportRootHost>
{
    [Fact]
    public async Task Upsert_Committed_EntryWithDataVersion()
    {
        var id = CreditCode.Create("440305", 40_000_001);
        await api.Client.SendAsync(PostGraphQL($$"""mutation { upsertEnterprise(input: { id: "{{id}}", name: "深圳市审计测试有限公司", country: "CN", district: "龙岗", region: "广东", annualOutput: 1 }) { id } }""", api.Key(Role.Editor)));

        var entry = Latest("upsertEnterprise");

        entry.Status.Should().Be(AuditStatus.Committed, entry.Details);
        entry.DataVersion.Should().BeGreaterThan(1);
        entry.KeyName.Should().Be("editor");
    }

    [Fact]
    public async Task ImportFiles_Rejected_EntryWithErrors()
    {
        api.Folder("bad", ("chains.csv", "id,name,category\nx,坏,not-a-category\n"));

        await api.Client.SendAsync(PostGraphQL("""mutation { importFiles(directory: "bad") { accepted } }""", api.Key(Role.Editor)));

        var entry = Latest("importFiles", "bad");
        entry.Status.Should().Be(AuditStatus.Rejected);
        entry.Details.Should().Contain("\"errors\":1");
    }

    [Fact]
    public async Task ImportFiles_OutsideRoot_RefusedEntryWithReason()
    {
        await api.Client.SendAsync(PostGraphQL("""mutation { importFiles(directory: "/etc") { accepted } }""", api.Key(Role.Editor)));

        var entry = Latest("importFiles", "/etc");
        entry.Status.Should().Be(AuditStatus.Refused);
        entry.Details.Should().Contain("not a folder inside the import root");
    }

    [Fact]
    public async Task Mutation_RoleTooLow_RefusedEntryNamingCaller()
    {
        await api.Client.SendAsync(PostGraphQL("""mutation { removeEnterprise(id: "91440300MA5G4H7W2Y") { removed } }""", api.Key(Role.Analyst)));

        var entry = Latest("removeEnterprise");
        entry.Status.Should().Be(AuditStatus.Refused);
        entry.KeyName.Should().Be("analyst");
        entry.Details.Should().Contain("needs the editor role");
    }

    private AuditEntry Latest(string operation, string? target = null)
    {
        using var store = api.OpenServiceStore();
        return store.ReadAudit(100).Entries.First(e => e.Operation == operation && (target is null || e.Target == target));
    }
}
