using System.Security.Claims;
using ChainGraph.Api.Security;
using ChainGraph.Storage.Service;

namespace ChainGraph.Api.Tests.Security;

public sealed class CallerPrincipalTests
{
    [Fact]
    public void ToCaller_FromKeyCaller_RoundTrips()
    {
        var caller = new Caller("0123456789abcdef", "ci", Role.Editor);

        CallerPrincipal.ToCaller(CallerPrincipal.From(caller, "ApiKey")).Should().Be(caller);
    }

    [Fact]
    public void ToCaller_FromAnonymousViewer_SameInstance()
    {
        CallerPrincipal.ToCaller(CallerPrincipal.From(Caller.AnonymousViewer, "ApiKey")).Should().BeSameAs(Caller.AnonymousViewer);
    }

    [Fact]
    public void ToCaller_Unauthenticated_Null()
    {
        CallerPrincipal.ToCaller(new ClaimsPrincipal(new ClaimsIdentity())).Should().BeNull();
        CallerPrincipal.ToCaller(null).Should().BeNull();
    }

    [Fact]
    public void KeyRoles_MatchRoleEnum_SameNamesSameOrder()
    {
        KeyRoles.All.Should().Equal(Enum.GetNames<Role>().Select(n => n.ToLowerInvariant()));
    }
}
