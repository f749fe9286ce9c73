using ChainGraph.Api.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ChainGraph.Api.Tests.Schema;

public sealed class GraphQLStartWarmupTests(SampleApiFixture api) : IClassFixture<SampleApiFixture>
{
    [Fact]
    public async Task ServiceStarted_ItsQueryRanWithoutErrors()
    {
        var warmup = api.App.Services.GetServices<IHostedService>().OfType<GraphQLStartWarmup>().Should().ContainSingle().Subject;

        await warmup.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(60));

        warmup.Warmed.Should().BeTrue();
    }
}
