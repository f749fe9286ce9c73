using System.Net;
using System.Net.Http.Headers;
using System.Text;
using static ChainGraph.Api.Tests.GraphQLHttp.GraphQLHttpResponse;

namespace ChainGraph.Api.Tests.GraphQLHttp;

/// <summary>Behaviour of the endpoint beyond the status matrix: limits, the request context hook, errors, encoding.</summary>
public sealed class GraphQLHttpEndpointTests(GraphQLTestHost host) : IClassFixture<GraphQLTestHost>
{
    private const string Gql = "application/graphql-response+json";

    [Fact]
    public async Task GetMutation_MethodNotAllowedWithAllowPost_AndNothingRuns()
    {
        var get = await SendAsync(host.Client, Get("/graphql?query=mutation%20%7B%20bump%20%7D", Gql));
        var post = await SendAsync(host.Client, Post("/graphql", """{"query":"mutation { bump }"}""", accept: Gql));

        get.Status.Should().Be(HttpStatusCode.MethodNotAllowed);
        get.Allow.Should().Be("POST");
        get.HasData.Should().BeFalse();
        post.Status.Should().Be(HttpStatusCode.OK);
        post.Json.GetProperty("data").GetProperty("bump").GetInt32().Should().Be(1, "the GET did not run the mutation");
    }

    [Fact]
    public async Task Post_BodyOverLimit_PayloadTooLarge()
    {
        var query = $$"""{"query":"{ hello(name: \"{{new string('x', (int)GraphQLTestHost.MaxBodySize)}}\") }"}""";
        var request = Post("/graphql", query, accept: Gql);
        // The endpoint refuses on Content-Length before reading; with 100-continue the body is never sent, so the
        // client cannot be caught mid-upload by the closing connection.
        request.Headers.ExpectContinue = true;

        var response = await SendAsync(host.Client, request);

        response.Status.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        response.FirstCode.Should().Be("PAYLOAD_TOO_LARGE");
    }

    [Fact]
    public async Task Post_ChunkedBodyOverLimit_PayloadTooLarge()
    {
        var body = Encoding.UTF8.GetBytes($$"""{"query":"{ hello(name: \"{{new string('x', 2 * (int)GraphQLTestHost.MaxBodySize)}}\") }"}""");
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StreamContent(new UnknownLengthStream(body)) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        var response = await SendAsync(host.Client, request);

        response.Status.Should().Be(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Post_BodyJustUnderLimit_Executes()
    {
        var name = new string('x', (int)GraphQLTestHost.MaxBodySize - 100);

        var response = await SendAsync(host.Client, Post("/graphql", $$"""{"query":"{ hello(name: \"{{name}}\") }"}""", accept: Gql));

        response.Status.Should().Be(HttpStatusCode.OK);
        response.Json.GetProperty("data").GetProperty("hello").GetString().Should().EndWith(name);
    }

    [Fact]
    public async Task Post_ResolverNeverFinishes_GatewayTimeoutWithinTheLimit()
    {
        var started = DateTime.UtcNow;

        var response = await SendAsync(host.Client, Post("/graphql", """{"query":"{ hang }"}""", accept: Gql));

        response.Status.Should().Be(HttpStatusCode.GatewayTimeout);
        response.FirstCode.Should().Be("TIMEOUT");
        (DateTime.UtcNow - started).Should().BeLessThan(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Post_HookRefuses_StatusCodeAndHeadersFromTheHook()
    {
        var request = Post("/graphql", """{"query":"{ hello }"}""", accept: Gql);
        request.Headers.Add("X-Test-Key", "deny");

        var response = await SendAsync(host.Client, request);

        response.Status.Should().Be(HttpStatusCode.Unauthorized);
        response.MediaType.Should().Be(Gql);
        response.FirstCode.Should().Be("UNAUTHENTICATED");
        response.Json.GetProperty("errors")[0].GetProperty("message").GetString().Should().Be("A valid API key is required.");
        response.Headers.WwwAuthenticate.ToString().Should().Be("Bearer");
        response.HasData.Should().BeFalse();
    }

    [Fact]
    public async Task Post_HookAccepts_UserContextReachesResolvers()
    {
        var request = Post("/graphql", """{"query":"{ whoami }"}""", accept: Gql);
        request.Headers.Add("X-Test-Key", "analyst-7");

        var response = await SendAsync(host.Client, request);

        response.Json.GetProperty("data").GetProperty("whoami").GetString().Should().Be("analyst-7");
    }

    [Fact]
    public async Task Post_HookThrowsUnexpectedly_GenericServerErrorWithoutDetails()
    {
        var request = Post("/graphql", """{"query":"{ hello }"}""", accept: Gql);
        request.Headers.Add("X-Test-Key", "boom");

        var response = await SendAsync(host.Client, request);

        response.Status.Should().Be(HttpStatusCode.InternalServerError);
        response.FirstCode.Should().Be("INTERNAL_SERVER_ERROR");
        response.Text.Should().NotContain("secret").And.NotContain("Exception").And.NotContain(" at ");
    }

    [Fact]
    public async Task Post_ResolverThrows_FieldErrorWithPathAndNoInternals()
    {
        var response = await SendAsync(host.Client, Post("/graphql", """{"query":"{ fail hello }"}""", accept: Gql));

        var error = response.Json.GetProperty("errors")[0];
        error.GetProperty("path")[0].GetString().Should().Be("fail");
        response.Json.GetProperty("data").GetProperty("hello").GetString().Should().Be("hello world");
        response.Text.Should().NotContain("secret").And.NotContain("InvalidOperationException").And.NotContain(".cs:line");
    }

    [Fact]
    public async Task RequestErrors_CarryMachineReadableCodes()
    {
        async Task<string> CodeOf(string body) => (await SendAsync(host.Client, Post("/graphql", body, accept: Gql))).FirstCode;

        (await CodeOf("""{"query":"{"}""")).Should().Be("GRAPHQL_PARSE_FAILED");
        (await CodeOf("""{"query":"{ nope }"}""")).Should().Be("GRAPHQL_VALIDATION_FAILED");
        (await CodeOf("""{"query":"query A { hello }","operationName":"B"}""")).Should().Be("OPERATION_RESOLUTION_FAILURE");
        (await CodeOf("""{"query":"query($n: String!) { hello(name: $n) }"}""")).Should().Be("BAD_USER_INPUT");
        (await CodeOf("""{"query":1}""")).Should().Be("BAD_REQUEST");
    }

    [Fact]
    public async Task Post_ChineseText_WrittenUnescaped()
    {
        var response = await SendAsync(host.Client, Post("/graphql", """{"query":"{ chinese }"}""", accept: Gql));

        response.Text.Should().Be("""{"data":{"chinese":"新能源汽车"}}""");
    }

    [Fact]
    public async Task Post_InvalidUtf8_BadRequest()
    {
        var body = Encoding.UTF8.GetBytes("""{"query":"{ hello }","x":"?"}""");
        body[^3] = 0xFF;
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        var response = await SendAsync(host.Client, request);

        response.Status.Should().Be(HttpStatusCode.BadRequest);
        response.FirstCode.Should().Be("BAD_REQUEST");
    }

    [Fact]
    public async Task Post_UnknownBodyPropertiesAndNulls_Ignored()
    {
        var response = await SendAsync(host.Client, Post("/graphql", """{"query":"{ hello }","operationName":null,"variables":null,"extensions":null,"id":"x"}""", accept: Gql));

        response.Status.Should().Be(HttpStatusCode.OK);
        response.Json.TryGetProperty("errors", out _).Should().BeFalse();
    }

    [Fact]
    public async Task GetSdl_SchemaAsPlainText()
    {
        var response = await SendAsync(host.Client, Get("/graphql?sdl"));

        response.Status.Should().Be(HttpStatusCode.OK);
        response.MediaType.Should().Be("text/plain");
        response.CharSet.Should().Be("utf-8");
        response.Text.Should().Contain("type Mutation {\n  bump: Int!\n}").And.StartWith("\"A schema for transport tests.\"\nschema {");
    }

    [Fact]
    public async Task GetSdl_HookRefuses_Unauthorized()
    {
        var request = Get("/graphql?sdl");
        request.Headers.Add("X-Test-Key", "deny");

        var response = await SendAsync(host.Client, request);

        response.Status.Should().Be(HttpStatusCode.Unauthorized);
    }

    /// <summary>A stream that does not tell its length, so HttpClient sends it chunked.</summary>
    private sealed class UnknownLengthStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;
    }
}
