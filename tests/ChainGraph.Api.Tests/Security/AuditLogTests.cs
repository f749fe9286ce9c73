using System.Net;
using ChainGraph.Api.Security;
using Microsoft.Extensions.DependencyInjection;
using static ChainGraph.Api.Tests.Security.Responses;
using static ChainGraph.Api.Tests.Security.SecureApiHost;

namespace ChainGraph.Api.Tests.Security;

/// <summary>The audit log in DI, written as mutations do and read through the admin <c>auditLog</c> query.</summary>
public sealed class AuditLogTests(LoopbackHost api) : IClassFixture<LoopbackHost>
{
    private AuditLog Log => api.App.Services.GetRequiredService<AuditLog>();

    [Fact]
    public void Registration_AuditLogIsTheSchemasAuditLog()
    {
        api.App.Services.GetRequiredService<ChainGraph.Api.Schema.IAuditLog>().Should().BeSameAs(Log);
    }

    [Fact]
    public async Task Record_ThenAdminQuery_ShowsWhoWhatWhen()
    {
        var editor = new Caller("0123456789abcdef", "bureau-editor", Role.Editor);
        Log.Record(editor, "upsertEnterprise", "91440300MA5FTEST1", """{"name":"测试企业"}""");

        var response = await api.Client.SendAsync(PostGraphQL("{ auditLog(first: 1) { nodes { keyName role operation target details at } } }", bearer: api.Key(Role.Admin)));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var entry = (await Json(response)).GetProperty("data").GetProperty("auditLog").GetProperty("nodes")[0];
        entry.GetProperty("keyName").GetString().Should().Be("bureau-editor");
        entry.GetProperty("role").GetString().Should().Be("EDITOR");
        entry.GetProperty("operation").GetString().Should().Be("upsertEnterprise");
        entry.GetProperty("target").GetString().Should().Be("91440300MA5FTEST1");
        entry.GetProperty("details").GetString().Should().Be("""{"name":"测试企业"}""");
    }

    [Fact]
    public void Record_NoDetails_ReadsBackAsEmptyObject()
    {
        Log.Record(new Caller("0123456789abcdef", "bureau-editor", Role.Editor), "importFiles", "/data/in", "");

        Log.Read(1, null).Single().Details.Should().Be("{}");
    }

    [Fact]
    public void Record_DetailsNotJson_Throws()
    {
        var act = () => Log.Record(new Caller("0123456789abcdef", "bureau-editor", Role.Editor), "importFiles", "/data/in", "{oops");

        act.Should().Throw<ArgumentException>();
    }

    [Theory]
    [InlineData(Role.Viewer)]
    [InlineData(Role.Analyst)]
    [InlineData(Role.Editor)]
    public async Task Query_BelowAdmin_Forbidden(Role role)
    {
        var response = await api.Client.SendAsync(PostGraphQL("{ auditLog { nodes { operation } } }", bearer: api.Key(role)));

        (await ErrorCode(response)).Should().Be("FORBIDDEN");
    }
}
