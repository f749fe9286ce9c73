using System.Net;
using static ChainGraph.Api.Tests.GraphQLHttp.GraphQLHttpResponse;

namespace ChainGraph.Api.Tests.GraphQLHttp;

/// <summary>
/// Status, media type and <c>data</c> presence for every request error kind under both response media types, as the
/// graphql-http audit expects: legacy <c>application/json</c> answers 200 for any well-formed request, while
/// <c>application/graphql-response+json</c> answers 400 without <c>data</c> for request errors.
/// </summary>
public sealed class StatusCodeMatrixTests(GraphQLTestHost host) : IClassFixture<GraphQLTestHost>
{
    private const string Gql = "application/graphql-response+json";
    private const string Json = "application/json";

    public static TheoryData<string, string, string, int, bool> RequestKinds => new()
    {
        // kind, body, accept, status, has data
        { "ok", """{"query":"{ hello }"}""", Gql, 200, true },
        { "ok", """{"query":"{ hello }"}""", Json, 200, true },
        { "field error", """{"query":"{ fail hello }"}""", Gql, 200, true },
        { "field error", """{"query":"{ fail hello }"}""", Json, 200, true },
        { "non-null root field error", """{"query":"{ failNonNull }"}""", Gql, 200, true },
        { "parse", """{"query":"{"}""", Gql, 400, false },
        { "parse", """{"query":"{"}""", Json, 200, false },
        { "validation", """{"query":"{ nope }"}""", Gql, 400, false },
        { "validation", """{"query":"{ nope }"}""", Json, 200, false },
        { "operation not found", """{"query":"query A { hello }","operationName":"B"}""", Gql, 400, false },
        { "operation not found", """{"query":"query A { hello }","operationName":"B"}""", Json, 200, false },
        { "variable coercion", """{"query":"query($n: String!) { hello(name: $n) }","variables":{}}""", Gql, 400, false },
        { "variable coercion", """{"query":"query($n: String!) { hello(name: $n) }","variables":{}}""", Json, 200, false },
        { "depth limit", """{"query":"{ node { child { child { name } } } }"}""", Gql, 400, false },
        { "depth limit", """{"query":"{ node { child { child { name } } } }"}""", Json, 200, false },
        { "missing query", """{"variables":{}}""", Gql, 400, false },
        { "missing query", """{"variables":{}}""", Json, 400, false },
        { "query not a string", """{"query":1}""", Json, 400, false },
        { "variables not an object", """{"query":"{ hello }","variables":[]}""", Json, 400, false },
        { "extensions not an object", """{"query":"{ hello }","extensions":"x"}""", Gql, 400, false },
        { "body not an object", """["{ hello }"]""", Json, 400, false },
        { "malformed JSON", """{"query":""", Gql, 400, false },
        { "malformed JSON", """{"query":""", Json, 400, false },
        { "empty body", "", Json, 400, false },
    };

    [Theory]
    [MemberData(nameof(RequestKinds))]
    public async Task Post_RequestKind_StatusAndDataAsAuditExpects(string kind, string body, string accept, int status, bool hasData)
    {
        var response = await SendAsync(host.Client, Post("/graphql", body, accept: accept));

        ((int)response.Status).Should().Be(status, kind);
        response.MediaType.Should().Be(accept);
        response.CharSet.Should().Be("utf-8");
        response.HasData.Should().Be(hasData, response.Text);
        if (!hasData) response.Json.GetProperty("errors").GetArrayLength().Should().BePositive();
    }

    public static TheoryData<string?, int, string?> AcceptHeaders => new()
    {
        // Accept, status, response media type
        { null, 200, Json },
        { "*/*", 200, Json },
        { "application/*", 200, Json },
        { Gql, 200, Gql },
        { Json, 200, Json },
        { $"{Gql}, {Json};q=0.9", 200, Gql },
        { $"{Json};q=0.5, {Gql}", 200, Gql },
        { $"{Json}, {Gql}", 200, Json },
        { $"{Gql};charset=utf-8", 200, Gql },
        { "text/html, */*;q=0.8", 200, Json },
        { $"{Gql};q=0, {Json}", 200, Json },
        { "text/html", 406, Json },
        { "text/csv, application/xml", 406, Json },
        { $"{Json}; charset=iso-8859-1", 406, Json },
    };

    [Theory]
    [MemberData(nameof(AcceptHeaders))]
    public async Task Post_Accept_NegotiatesResponseMediaType(string? accept, int status, string? mediaType)
    {
        var response = await SendAsync(host.Client, Post("/graphql", """{"query":"{ hello }"}""", accept: accept));

        ((int)response.Status).Should().Be(status);
        response.MediaType.Should().Be(mediaType);
        if (status == 406) response.FirstCode.Should().Be("NOT_ACCEPTABLE");
    }

    public static TheoryData<string?, int> ContentTypes => new()
    {
        { "application/json", 200 },
        { "application/json; charset=utf-8", 200 },
        { "application/json;charset=UTF8", 200 },
        { "APPLICATION/JSON", 200 },
        { null, 415 },
        { "text/plain", 415 },
        { "application/graphql", 415 },
        { "application/x-www-form-urlencoded", 415 },
        { "multipart/form-data; boundary=x", 415 },
        { "application/json; charset=utf-16", 415 },
    };

    [Theory]
    [MemberData(nameof(ContentTypes))]
    public async Task Post_ContentType_OnlyJsonInUtf8(string? contentType, int status)
    {
        var response = await SendAsync(host.Client, Post("/graphql", """{"query":"{ hello }"}""", contentType, Gql));

        ((int)response.Status).Should().Be(status);
        if (status == 415) response.FirstCode.Should().Be("UNSUPPORTED_MEDIA_TYPE");
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    [InlineData("OPTIONS")]
    public async Task OtherMethods_MethodNotAllowedWithAllow(string method)
    {
        var request = Post("/graphql", """{"query":"{ hello }"}""", accept: Gql);
        request.Method = new HttpMethod(method);

        var response = await SendAsync(host.Client, request);

        response.Status.Should().Be(HttpStatusCode.MethodNotAllowed);
        response.Allow.Should().Be("GET, POST");
        response.FirstCode.Should().Be("METHOD_NOT_ALLOWED");
    }

    public static TheoryData<string, string, int, bool> GetRequests => new()
    {
        // query string, accept, status, has data
        { "?query=%7B%20hello%20%7D", Gql, 200, true },
        { "?query=%7B%20hello%20%7D", Json, 200, true },
        { "?query=query%20A%20%7B%20hello%20%7D&operationName=A", Gql, 200, true },
        { "?query=query(%24n%3A%20String)%20%7B%20hello(name%3A%20%24n)%20%7D&variables=%7B%22n%22%3A%22GET%22%7D", Gql, 200, true },
        { "?query=%7B%20hello%20%7D&variables=&extensions=", Gql, 200, true },
        { "?query=%7B%20hello%20%7D&variables=null", Gql, 200, true },
        { "?query=mutation%20%7B%20bump%20%7D", Gql, 405, false },
        { "?query=mutation%20%7B%20bump%20%7D", Json, 405, false },
        { "?query=%7B", Gql, 400, false },
        { "?query=%7B", Json, 200, false },
        { "", Gql, 400, false },
        { "?query=%7B%20hello%20%7D&variables=%5B%5D", Gql, 400, false },
        { "?query=%7B%20hello%20%7D&variables=%7Bnope", Json, 400, false },
        { "?query=%7B%20hello%20%7D&query=%7B%20hello%20%7D", Json, 400, false },
    };

    [Theory]
    [MemberData(nameof(GetRequests))]
    public async Task Get_Request_StatusAndData(string queryString, string accept, int status, bool hasData)
    {
        var response = await SendAsync(host.Client, Get("/graphql" + queryString, accept));

        ((int)response.Status).Should().Be(status, response.Text);
        response.HasData.Should().Be(hasData, response.Text);
    }
}
