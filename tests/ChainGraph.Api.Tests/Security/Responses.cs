using System.Net.Http.Json;
using System.Text.Json;

namespace ChainGraph.Api.Tests.Security;

/// <summary>Reads the GraphQL-shaped bodies the security layer and the endpoint answer with.</summary>
public static class Responses
{
    public static async Task<JsonElement> Json(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();

    /// <summary>The <c>extensions.code</c> of the first error.</summary>
    public static async Task<string?> ErrorCode(HttpResponseMessage response) =>
        (await Json(response)).GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString();

    public static async Task<string> RoleOf(HttpResponseMessage response) => (await Json(response)).GetProperty("role").GetString()!;
}
