using ChainGraph.Api.Security;
using Microsoft.AspNetCore.Http;

namespace ChainGraph.Api.Tests.Security;

public sealed class PresentedKeyTests
{
    private static PresentedKey Read(params (string Name, string Value)[] headers)
    {
        var http = new DefaultHttpContext();
        foreach (var (name, value) in headers) http.Request.Headers.Append(name, value);
        return PresentedKey.Read(http.Request);
    }

    [Fact]
    public void Read_NoHeaders_Absent() => Read().IsAbsent.Should().BeTrue();

    [Theory]
    [InlineData("Bearer cg_key")]
    [InlineData("bearer cg_key")]
    [InlineData("Bearer   cg_key  ")]
    public void Read_Bearer_Key(string authorization) => Read(("Authorization", authorization)).Should().Be(new PresentedKey("cg_key", null));

    [Fact]
    public void Read_ApiKeyHeader_Key() => Read(("X-Api-Key", " cg_key ")).Should().Be(new PresentedKey("cg_key", null));

    [Fact]
    public void Read_BothHeadersSameKey_Key() =>
        Read(("Authorization", "Bearer cg_key"), ("X-Api-Key", "cg_key")).Key.Should().Be("cg_key");

    [Theory]
    [InlineData("Authorization", "Basic dXNlcjpwYXNz")]
    [InlineData("Authorization", "Bearer ")]
    [InlineData("Authorization", "cg_key")]
    public void Read_UnusableCredentials_Problem(string header, string value)
    {
        var presented = Read((header, value));

        presented.Key.Should().BeNull();
        presented.Problem.Should().NotBeNullOrEmpty();
    }

    [Fact]
    public void Read_DifferentKeys_Problem() =>
        Read(("Authorization", "Bearer cg_a"), ("X-Api-Key", "cg_b")).Problem.Should().Contain("different keys");

    [Fact]
    public void Read_RepeatedHeader_Problem() =>
        Read(("X-Api-Key", "cg_a"), ("X-Api-Key", "cg_a")).Problem.Should().Contain("one X-Api-Key");
}
