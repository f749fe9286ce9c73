using ChainGraph.Application.Snapshots;
using Microsoft.Extensions.DependencyInjection;
using static ChainGraph.Api.Tests.Schema.GraphQLClient;

namespace ChainGraph.Api.Tests.Schema;

public sealed class EnterpriseFilterWarmupTests(SampleApiFixture api) : IClassFixture<SampleApiFixture>
{
    [Fact]
    public async Task WarmAsync_OnTheSample_ItsQueryRunsWithoutErrorsAndAnswersStayTheSame()
    {
        const string Filter = "{ enterprises(where: { chainId: \"nev\", location: LOCAL }, first: 5) { totalCount nodes { id } } }";
        var before = Data(await Run(api, Filter)).GetRawText();
        var snapshot = await api.App.Services.GetRequiredService<SnapshotHolder>().ReadyAsync();
        var warmup = api.App.Services.GetServices<ISnapshotWarmup>().Should().ContainSingle().Subject;

        await warmup.Invoking(w => w.WarmAsync(snapshot, CancellationToken.None)).Should().NotThrowAsync();

        Data(await Run(api, Filter)).GetRawText().Should().Be(before);
    }
}
