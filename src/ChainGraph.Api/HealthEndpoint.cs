namespace ChainGraph.Api;

/// <summary>`GET /health`: 200 with the store's location, version and counts when the store opens; 503 otherwise.</summary>
public static class HealthEndpoint
{
    public static void MapHealth(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/health", (StoreProvider stores) =>
        {
            try
            {
                using var store = stores.Open();
                return Results.Ok(new { status = "ok", store = store.Location, version = store.Version, counts = store.GetStats() });
            }
            catch (Exception e) when (e is IOException or InvalidOperationException or Microsoft.Data.Sqlite.SqliteException)
            {
                return Results.Json(new { status = "unavailable", reason = e.Message }, statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        });
}
