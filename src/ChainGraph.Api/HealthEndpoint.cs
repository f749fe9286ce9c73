using ChainGraph.Api.Schema;
using ChainGraph.Api.Security;

namespace ChainGraph.Api;

/// <summary>
/// `GET /health`: 200 when the store opens, 503 otherwise. Open to probes without a key, who learn only the status, the
/// data version and whether a snapshot is loaded; callers (a key, or the anonymous loopback caller) also see the counts,
/// the kind of store and whether background work (snapshot loads) is failing; only admins see where the store is and
/// the failure's message (<see cref="Disclosure"/>).
/// </summary>
public static class HealthEndpoint
{
    public static void MapHealth(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/health", async (StoreProvider stores, SnapshotHolder snapshots, SnapshotRefresher refresher,
            HttpContext http) =>
        {
            var cancellation = http.RequestAborted;
            var caller = http.GetCaller();
            try
            {
                using var store = await stores.OpenAsync(cancellation);
                var version = await store.GetVersionAsync(cancellation);
                var snapshot = snapshots.IsLoaded ? "loaded" : "loading";
                if (caller is null) return Results.Ok(new { status = "ok", version, snapshot });
                return Results.Ok(new
                {
                    status = "ok", store = Disclosure.StoreFor(caller, store.Location), version, snapshot,
                    counts = await store.GetStatsAsync(cancellation), background = Background(refresher.LastFailure, caller),
                });
            }
            catch (Exception e) when (e is IOException or InvalidOperationException or UnauthorizedAccessException
                or Microsoft.Data.Sqlite.SqliteException)
            {
                var reason = Disclosure.ShowsDetail(caller)
                    ? e.Message
                    : "the store cannot be opened (details in the server log and for admins)";
                return Results.Json(new { status = "unavailable", reason }, statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        }).AllowAnonymous();

    private static object Background(BackgroundFailure? failure, Caller caller) => failure is null
        ? new { status = "ok" }
        : Disclosure.ShowsDetail(caller)
            ? new { status = "failing", lastFailure = (object)failure }
            : new { status = "failing", lastFailure = (object)new { failure.At, failure.Work } };
}
