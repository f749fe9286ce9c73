using ChainGraph.Api.Security;

namespace ChainGraph.Api;

/// <summary>
/// `GET /health`: 200 when the store opens, 503 otherwise. Open to probes without a key; the store's location and
/// counts are shown only to callers (a key, or the loopback viewer).
/// </summary>
public static class HealthEndpoint
{
    public static void MapHealth(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/health", (StoreProvider stores, Schema.SnapshotHolder snapshots, HttpContext http) =>
        {
            try
            {
                using var store = stores.Open();
                var snapshot = snapshots.IsLoaded ? "loaded" : "loading";
                return http.GetCaller() is null
                    ? Results.Ok(new { status = "ok", version = store.Version, snapshot })
                    : Results.Ok(new { status = "ok", store = store.Location, version = store.Version, snapshot, counts = store.GetStats() });
            }
            catch (Exception e) when (e is IOException or InvalidOperationException or Microsoft.Data.Sqlite.SqliteException)
            {
                return Results.Json(new { status = "unavailable", reason = e.Message }, statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        }).AllowAnonymous();
}
