using ChainGraph.Api.Security;

namespace ChainGraph.Api.Tests.Security;

public sealed class AnonymousAccessTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5080", true)]
    [InlineData("http://127.0.0.2:5080", true)]
    [InlineData("http://localhost:5000", true)]
    [InlineData("https://LOCALHOST:5001", true)]
    [InlineData("http://[::1]:5000", true)]
    [InlineData("http://0.0.0.0:5000", false)]
    [InlineData("http://[::]:5000", false)]
    [InlineData("http://*:5000", false)]
    [InlineData("http://+:5000", false)]
    [InlineData("http://192.168.1.20:5000", false)]
    [InlineData("http://chaingraph.example:80", false)]
    [InlineData("http://unix:/run/chaingraph.sock", false)]
    [InlineData("not an address", false)]
    public void IsLoopbackAddress_ListenAddress_OnlyLoopbackHosts(string address, bool expected)
    {
        AnonymousAccess.IsLoopbackAddress(address).Should().Be(expected);
    }
}
