using System.Text.Json;
using ChainGraph.Api.Security;
using static ChainGraph.Api.Tests.Schema.GraphQLClient;

namespace ChainGraph.Api.Tests.Schema;

/// <summary>
/// The project list over GraphQL on the templates store (one project, nev-lithium-2026q4): the query and the checklist
/// item's project, and upsertProject / removeProject — editor only, validated like a projects.csv row, audited.
/// </summary>
public sealed class ProjectFieldTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Owner = "91440300100000016D";
    private const string CellMaker = "914403001000000248";
    private const string Lithium = "9136050020000003XX";

    private const string Upsert = """
        mutation($input: ProjectInput!) { upsertProject(input: $input) { id status statusName quarter lead { name } partners { id } instrument { id name } amount itemTitle } }
        """;

    private static object Input(string id, double amount = 450, string status = "PROPOSED") => new
    {
        input = new
        {
            id, itemId = "chokepoint:nev:" + CellMaker, chainId = "nev", segmentId = "nev-cell", leadEnterpriseId = Owner, partners = new[] { Lithium },
            goal = "电芯第二供应商导入", budget = 4000.0, investment = 3000.0, instrument = "supply-chain-service", amount, status, quarter = "2026Q4",
        },
    };

    [Fact]
    public async Task Projects_AsAnalyst_ListsTheTemplateProjectWithNamesAndStatus()
    {
        var data = Data(await Run(api, """
            { projects(chainId: "nev", status: APPROVED) { totalCount nodes { id itemId itemTitle lead { name } partners { id } goal budget investment
              instrument { id name } amount status statusName en: statusName(lang: EN) quarter chain { id } segment { id } } } }
            """, role: Role.Analyst));

        var project = data.GetProperty("projects").GetProperty("nodes")[0];
        data.GetProperty("projects").GetProperty("totalCount").GetInt32().Should().Be(1);
        (project.GetProperty("id").GetString(), project.GetProperty("lead").GetProperty("name").GetString(), project.GetProperty("itemTitle").GetString())
            .Should().Be(("nev-lithium-2026q4", "深圳市示例电池科技有限公司, 宝安分公司", "新能源汽车 / 锂资源"));
        (project.GetProperty("status").GetString(), project.GetProperty("statusName").GetString(), project.GetProperty("en").GetString())
            .Should().Be(("APPROVED", "已立项", "approved"));
        (project.GetProperty("budget").GetDouble(), project.GetProperty("amount").GetDouble(), project.GetProperty("instrument").GetProperty("name").GetString())
            .Should().Be((52000, 5000, "重大项目引进"));
    }

    [Fact]
    public async Task Projects_AsViewer_Forbidden() =>
        Code(await Run(api, "{ projects { totalCount } }", role: Role.Viewer)).Should().Be("FORBIDDEN");

    [Fact]
    public async Task ChecklistItemProject_ItemWithProject_IsThatProjectAndOthersNull()
    {
        var items = Data(await Run(api, "{ checklist(chainId: \"nev\") { nodes { id project { id status } } } }", role: Role.Analyst))
            .GetProperty("checklist").GetProperty("nodes").EnumerateArray().ToList();

        items.Should().NotBeEmpty();
        foreach (var item in items)
        {
            var project = item.GetProperty("project");
            if (item.GetProperty("id").GetString() == "link:nev:nev-lithium") project.GetProperty("id").GetString().Should().Be("nev-lithium-2026q4");
            else project.ValueKind.Should().Be(JsonValueKind.Null);
        }
    }

    [Fact]
    public async Task UpsertProject_AsEditor_VisibleAuditedAndRemovable()
    {
        var created = Data(await Run(api, Upsert, Input("p-edit-1"), Role.Editor)).GetProperty("upsertProject");
        var listed = Data(await Run(api, "{ projects(status: PROPOSED) { nodes { id } } }", role: Role.Analyst));
        var removed = Data(await Run(api, """mutation { removeProject(id: "p-edit-1") { removed records } }""", role: Role.Editor));
        var again = Data(await Run(api, """mutation { removeProject(id: "p-edit-1") { removed } }""", role: Role.Editor));
        var audit = Data(await Run(api, "{ auditLog(first: 50) { nodes { operation target role status } } }", role: Role.Admin))
            .GetProperty("auditLog").GetProperty("nodes").EnumerateArray().ToList();

        (created.GetProperty("statusName").GetString(), created.GetProperty("lead").GetProperty("name").GetString()).Should().Be(("拟申报", "深圳市示例汽车股份有限公司"));
        created.GetProperty("partners")[0].GetProperty("id").GetString().Should().Be(Lithium);
        listed.GetProperty("projects").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()).Should().Contain("p-edit-1");
        removed.GetProperty("removeProject").GetProperty("records").GetInt64().Should().Be(1);
        again.GetProperty("removeProject").GetProperty("removed").GetBoolean().Should().BeFalse();
        audit.Should().Contain(e => e.GetProperty("operation").GetString() == "upsertProject" && e.GetProperty("target").GetString() == "p-edit-1"
            && e.GetProperty("role").GetString() == "EDITOR" && e.GetProperty("status").GetString() == "committed");
        audit.Should().Contain(e => e.GetProperty("operation").GetString() == "removeProject" && e.GetProperty("target").GetString() == "p-edit-1");
    }

    [Fact]
    public async Task UpsertProject_AmountAboveCap_BadUserInputNamingTheCapAndNothingChanged()
    {
        var before = Data(await Run(api, "{ snapshot { version } projects { totalCount } }", role: Role.Analyst)).ToString();

        var response = await Run(api, Upsert, Input("p-too-much", amount: 501), Role.Editor);

        Code(response).Should().Be("BAD_USER_INPUT");
        response.GetProperty("errors")[0].GetProperty("message").GetString().Should().Contain("cap of supply-chain-service").And.Contain("500万元");
        Data(await Run(api, "{ snapshot { version } projects { totalCount } }", role: Role.Analyst)).ToString().Should().Be(before);
    }

    [Theory]
    [InlineData(Role.Viewer)]
    [InlineData(Role.Analyst)]
    public async Task ProjectMutations_BelowEditor_ForbiddenAndNothingChanged(Role role)
    {
        var upsert = await Run(api, Upsert, Input("p-forbidden"), role);
        var remove = await Run(api, """mutation { removeProject(id: "nev-lithium-2026q4") { removed } }""", role: role);

        (Code(upsert), Code(remove)).Should().Be(("FORBIDDEN", "FORBIDDEN"));
        Data(await Run(api, "{ projects { nodes { id } } }", role: Role.Analyst)).GetProperty("projects").GetProperty("nodes").EnumerateArray()
            .Select(n => n.GetProperty("id").GetString()).Should().Contain("nev-lithium-2026q4").And.NotContain("p-forbidden");
    }
}
