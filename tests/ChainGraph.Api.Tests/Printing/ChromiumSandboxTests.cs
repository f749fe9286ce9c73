using ChainGraph.Printing;

namespace ChainGraph.Api.Tests.Printing;

public sealed class ChromiumSandboxTests
{
    [Theory]
    [InlineData(SandboxMode.Auto, false, true, true)]
    [InlineData(SandboxMode.Auto, true, true, false)]
    [InlineData(SandboxMode.Auto, false, false, false)]
    [InlineData(SandboxMode.Off, false, true, false)]
    [InlineData(SandboxMode.On, true, false, true)]
    public void Decide_Facts_SandboxOnOnlyWherePlatformAllows(SandboxMode mode, bool root, bool userNamespaces, bool expected) =>
        ChromiumSandbox.Decide(mode, root, userNamespaces).Enabled.Should().Be(expected);

    [Fact]
    public void Decide_AsRoot_SaysSo() =>
        ChromiumSandbox.Decide(SandboxMode.Auto, runningAsRoot: true, userNamespaces: true).Reason.Should().Contain("root");

}
