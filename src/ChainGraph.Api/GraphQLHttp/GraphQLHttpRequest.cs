using System.Buffers;
using System.Text.Json;
using ChainGraph.GraphQL;

namespace ChainGraph.Api.GraphQLHttp;

/// <summary>
/// A request read from HTTP. Owns what its variables point into (the body's JSON document and the pooled buffer it
/// was parsed from) until disposed.
/// </summary>
internal sealed class GraphQLHttpRequest(GraphQLRequest request, JsonDocument? body = null, byte[]? rentedBuffer = null) : IDisposable
{
    public GraphQLRequest Request { get; } = request;

    public void Dispose()
    {
        body?.Dispose();
        if (rentedBuffer is not null) ArrayPool<byte>.Shared.Return(rentedBuffer);
    }
}
