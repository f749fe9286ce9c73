using ChainGraph.Api.Security;
using ChainGraph.GraphQL.DataLoader;
using ChainGraph.GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace ChainGraph.Api.Schema;

/// <summary>
/// Per-request state: the one snapshot every field of the request reads (taken on first use), and the caller.
/// Kept in the executor's per-request loader scope; it never has keys to dispatch.
/// </summary>
public sealed class RequestScope(AnalysisSnapshot snapshot) : IDataLoader
{
    public AnalysisSnapshot Snapshot { get; } = snapshot;

    public bool HasPendingKeys => false;

    public event Action? KeysQueued { add { } remove { } }

    public Task DispatchAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public static AnalysisSnapshot SnapshotOf(ResolveContext ctx) =>
        ctx.Loader(() => new RequestScope(Service<SnapshotHolder>(ctx).Current)).Snapshot;

    /// <summary>The caller (the user context); the anonymous viewer when the transport set none (in-process use).</summary>
    public static Caller CallerOf(ResolveContext ctx) => ctx.UserContext as Caller ?? Caller.AnonymousViewer;

    public static T Service<T>(ResolveContext ctx) where T : notnull =>
        (ctx.Services ?? throw new InvalidOperationException("the request has no services")).GetRequiredService<T>();
}
