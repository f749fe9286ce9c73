using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace ChainGraph.Api.Tests.GraphQLHttp;

/// <summary>One response of the endpoint, read whole, with helpers for the GraphQL body.</summary>
public sealed record GraphQLHttpResponse(HttpStatusCode Status, string? MediaType, string? CharSet, string Text, HttpResponseHeaders Headers, string Allow)
{
    public JsonElement Json => JsonDocument.Parse(Text).RootElement;

    public bool HasData => Json.TryGetProperty("data", out _);

    public string FirstCode => Json.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString()!;

    public static async Task<GraphQLHttpResponse> SendAsync(HttpClient client, HttpRequestMessage request)
    {
        using var response = await client.SendAsync(request);
        var contentType = response.Content.Headers.ContentType;
        var text = await response.Content.ReadAsStringAsync();
        return new GraphQLHttpResponse(response.StatusCode, contentType?.MediaType, contentType?.CharSet, text, response.Headers, string.Join(", ", response.Content.Headers.Allow));
    }

    public static HttpRequestMessage Post(string path, string body, string? contentType = "application/json", string? accept = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) };
        if (contentType is not null) request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        if (accept is not null) request.Headers.TryAddWithoutValidation("Accept", accept);
        return request;
    }

    public static HttpRequestMessage Get(string pathAndQuery, string? accept = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, pathAndQuery);
        if (accept is not null) request.Headers.TryAddWithoutValidation("Accept", accept);
        return request;
    }
}
