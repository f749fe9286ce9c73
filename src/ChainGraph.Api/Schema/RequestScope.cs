using ChainGraph.Api.Security;
using Microsoft.Extensions.DependencyInjection;

namespace ChainGraph.Api.Schema;

/// <summary>Per-request state: the one snapshot every field of the request reads (taken on first use), and the caller.</summary>
public static class RequestScope
{
    private const string SnapshotKey = "chaingraph.snapshot";

    public static AnalysisSnapshot SnapshotOf(ResolveContext ctx) =>
        ctx.RequestState is { } state
            ? state.State(SnapshotKey, () => Service<SnapshotHolder>(ctx).Current)
            : Service<SnapshotHolder>(ctx).Current;

    /// <summary>The caller (the user context); the anonymous viewer when the transport set none (in-process use).</summary>
    public static Caller CallerOf(ResolveContext ctx) => ctx.UserContext as Caller ?? Caller.AnonymousViewer;

    public static T Service<T>(ResolveContext ctx) where T : notnull =>
        (ctx.Services ?? throw new InvalidOperationException("the request has no services")).GetRequiredService<T>();
}
