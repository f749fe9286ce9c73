using System.Text.Encodings.Web;
using System.Text.Json;
using ChainGraph.Api.Security;
using ChainGraph.Application.Snapshots;
using ChainGraph.GraphQL.AspNetCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChainGraph.Api.Tests.Schema;

/// <summary>Runs documents against the host's executor in process, as a given caller, and returns the response JSON.</summary>
public static class GraphQLClient
{
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task<JsonElement> Run(ApiHost api, string query, object? variables = null, Role role = Role.Viewer)
    {
        var executor = api.App.Services.GetRequiredService<GraphQLRequestExecutor>();
        // As the HTTP pipeline does (SnapshotReadiness), the request waits for the first snapshot.
        await api.App.Services.GetRequiredService<SnapshotHolder>().ReadyAsync();
        // As the HTTP reader passes them: plain values, a JSON null as null (a cursor not yet known, say).
        var vars = variables is null ? null : JsonInputs.ToDictionary(JsonSerializer.SerializeToElement(variables));
        var caller = new Caller($"test-{role}", $"test {role}", role);
        var response = await executor.ExecuteAsync(new GraphQLRequest(query, Variables: vars), new GraphQLExecutionContext { Services = api.App.Services, UserContext = caller });
        return JsonDocument.Parse(executor.ToJson(response)).RootElement.Clone();
    }

    public static string Text(JsonElement element) => JsonSerializer.Serialize(element, Relaxed);

    /// <summary>The response's data, asserting it has no errors (their text is the failure message).</summary>
    public static JsonElement Data(JsonElement response)
    {
        response.TryGetProperty("errors", out var errors).Should().BeFalse(errors.ToString());
        return response.GetProperty("data");
    }

    /// <summary>The <c>extensions.code</c> of the response's first error.</summary>
    public static string Code(JsonElement response) => response.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString()!;
}
