using System.Text.Json;
using ChainGraph.Api.Security;
using ChainGraph.Tests;
using static ChainGraph.Api.Tests.Schema.GraphQLClient;

namespace ChainGraph.Api.Tests.Schema;

/// <summary>Mutations on the templates store: validated like imports, editor-only, audited, visible in the next snapshot.</summary>
public sealed class MutationTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Owner = "91440300100000016D";
    private const string CellMaker = "914403001000000248";

    [Fact]
    public async Task UpsertEnterprise_AsEditor_VisibleAndAudited()
    {
        const string id = "91440300100000059T";
        var created = Data(await Run(api, """
            mutation($input: EnterpriseInput!) { upsertEnterprise(input: $input) { id name district labels tier memberships { role segment { id } } } }
            """, new { input = new { id, name = "深圳市新测试材料有限公司", district = "龙岗", region = "广东", country = "CN", annualOutput = 12.5, labels = new[] { "LITTLE_GIANT" }, memberships = new[] { new { segmentId = "nev-lithium", role = "SUPPLIER" } } } }, Role.Editor));
        var audit = Data(await Run(api, "{ auditLog(first: 20) { nodes { operation target keyName role } } }", role: Role.Admin));

        created.GetProperty("upsertEnterprise").GetProperty("district").GetString().Should().Be("龙岗");
        created.GetProperty("upsertEnterprise").GetProperty("memberships")[0].GetProperty("segment").GetProperty("id").GetString().Should().Be("nev-lithium");
        Data(await Run(api, $$"""{ enterprise(id: "{{id}}") { name } }""")).GetProperty("enterprise").GetProperty("name").GetString().Should().Be("深圳市新测试材料有限公司");
        audit.GetProperty("auditLog").GetProperty("nodes").EnumerateArray()
            .Should().Contain(e => e.GetProperty("operation").GetString() == "upsertEnterprise" && e.GetProperty("target").GetString() == id && e.GetProperty("role").GetString() == "EDITOR");
    }

    [Fact]
    public async Task UpsertEnterprise_BadCreditCode_BadUserInputAndNothingChanged()
    {
        var version = Data(await Run(api, "{ snapshot { version enterprises } }")).GetProperty("snapshot");

        var response = await Run(api, """
            mutation { upsertEnterprise(input: { id: "91440300100000017D", name: "坏代码", country: "CN", annualOutput: 1 }) { id } }
            """, role: Role.Editor);

        Code(response).Should().Be("BAD_USER_INPUT");
        response.GetProperty("errors")[0].GetProperty("message").GetString().Should().Contain("check character");
        Data(await Run(api, "{ snapshot { version enterprises } }")).GetProperty("snapshot").ToString().Should().Be(version.ToString());
    }

    [Theory]
    [InlineData(Role.Viewer)]
    [InlineData(Role.Analyst)]
    public async Task Mutations_BelowEditor_ForbiddenAndNothingChanged(Role role)
    {
        var response = await Run(api, $$"""mutation { removeEnterprise(id: "{{CellMaker}}") { removed } }""", role: role);

        Code(response).Should().Be("FORBIDDEN");
        Data(await Run(api, $$"""{ enterprise(id: "{{CellMaker}}") { id } }""")).GetProperty("enterprise").ValueKind.Should().Be(JsonValueKind.Object);
    }

    [Fact]
    public async Task AuditLog_BelowAdmin_Forbidden() =>
        Code(await Run(api, "{ auditLog { nodes { id } } }", role: Role.Editor)).Should().Be("FORBIDDEN");

    [Fact]
    public async Task UpsertSupply_ThenRemove_RelationComesAndGoes()
    {
        const string supplier = "91440300100000067M";
        Data(await Run(api, """
            mutation { upsertEnterprise(input: { id: "91440300100000067M", name: "深圳市二号电芯有限公司", district: "坪山", country: "CN", annualOutput: 30,
              memberships: [{ segmentId: "nev-cell", role: CORE }] }) { id } }
            """, role: Role.Editor));

        var added = Data(await Run(api, $$"""
            mutation { upsertSupply(input: { supplierId: "{{supplier}}", customerId: "{{Owner}}", segmentId: "nev-cell", share: 0.1, annualValue: 5000 }) { share supplier { id } customer { id } } }
            """, role: Role.Editor));
        var removed = Data(await Run(api, $$"""mutation { removeSupply(supplierId: "{{supplier}}", customerId: "{{Owner}}", segmentId: "nev-cell") { removed records } }""", role: Role.Editor));
        var again = Data(await Run(api, $$"""mutation { removeSupply(supplierId: "{{supplier}}", customerId: "{{Owner}}", segmentId: "nev-cell") { removed } }""", role: Role.Editor));

        added.GetProperty("upsertSupply").GetProperty("share").GetDouble().Should().BeApproximately(0.1, 1e-6);
        removed.GetProperty("removeSupply").GetProperty("records").GetInt64().Should().Be(1);
        again.GetProperty("removeSupply").GetProperty("removed").GetBoolean().Should().BeFalse();
    }

    [Fact]
    public async Task UpsertSupply_SharesAboveOne_Rejected()
    {
        var response = await Run(api, $$"""
            mutation { upsertSupply(input: { supplierId: "9136050020000003XX", customerId: "{{Owner}}", segmentId: "nev-cell", share: 0.5 }) { share } }
            """, role: Role.Editor);

        Code(response).Should().Be("BAD_USER_INPUT");
        response.GetProperty("errors")[0].GetProperty("message").GetString().Should().Contain("add up to");
    }

    [Fact]
    public async Task ImportFiles_TemplatesAgain_AcceptedAllUnchanged()
    {
        var copy = Directory.CreateDirectory(Path.Combine(api.ImportRoot, "templates"));
        foreach (var file in Directory.GetFiles(RepositoryPaths.Of("import", "templates"), "*.csv")) File.Copy(file, Path.Combine(copy.FullName, Path.GetFileName(file)), overwrite: true);

        var result = Data(await Run(api, """mutation($dir: String!) { importFiles(directory: $dir) { accepted files { file read unchanged rejected } issues { message } } }""",
            new { dir = "templates" }, Role.Editor)).GetProperty("importFiles");

        result.GetProperty("accepted").GetBoolean().Should().BeTrue();
        result.GetProperty("files").EnumerateArray().Should().HaveCount(8).And.OnlyContain(f => f.GetProperty("rejected").GetInt32() == 0);
    }

    [Fact]
    public async Task MarkChainOwner_ThenOwns()
    {
        var data = Data(await Run(api, $$"""mutation { markChainOwner(enterpriseId: "{{CellMaker}}", segmentId: "nev-cell") { owns { id } memberships { role } } }""", role: Role.Editor));

        data.GetProperty("markChainOwner").GetProperty("owns").EnumerateArray().Select(c => c.GetProperty("id").GetString()).Should().Contain("nev");
    }
}
