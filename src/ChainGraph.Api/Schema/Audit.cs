using Microsoft.Extensions.DependencyInjection;

namespace ChainGraph.Api.Schema;

/// <summary>Records a change made by the current caller; every mutation calls it after its write committed.</summary>
internal static class Audit
{
    public static void Record(ResolveContext ctx, string operation, string target, string details) =>
        RequestScope.Service<IAuditLog>(ctx).Record(RequestScope.CallerOf(ctx), operation, target, details);
}
