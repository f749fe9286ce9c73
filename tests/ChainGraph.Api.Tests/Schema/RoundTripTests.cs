using ChainGraph.Api.Security;
using ChainGraph.Application.Stores;
using Microsoft.Extensions.DependencyInjection;

namespace ChainGraph.Api.Tests.Schema;

/// <summary>No N+1: a request reads one in-memory snapshot, so store round-trips do not grow with the result size.</summary>
public sealed class RoundTripTests(SampleApiFixture api) : IClassFixture<SampleApiFixture>
{
    [Fact]
    public async Task DeepQueryOverThousandsOfObjects_AtMostOneStoreRoundTrip()
    {
        var stores = api.App.Services.GetRequiredService<StoreProvider>();
        await GraphQLClient.Run(api, "{ snapshot { version } }");
        var before = stores.OpenCount;

        var response = await GraphQLClient.Run(api, """
            { chains { segments { members { role enterprise { name country annualOutput } } } } }
            """, role: Role.Analyst);

        response.TryGetProperty("errors", out var errors).Should().BeFalse(errors.ToString());
        var suppliers = response.GetProperty("data").GetProperty("chains").EnumerateArray()
            .SelectMany(c => c.GetProperty("segments").EnumerateArray()).SelectMany(s => s.GetProperty("members").EnumerateArray()).Count();
        suppliers.Should().BeGreaterThan(1000);
        (stores.OpenCount - before).Should().BeLessThanOrEqualTo(1, "a version check at most; everything else comes from the snapshot");
    }
}
