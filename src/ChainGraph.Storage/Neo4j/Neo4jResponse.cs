using System.Text.Json;

namespace ChainGraph.Storage.Neo4j;

/// <summary>A successful answer: its parsed body (null when empty), the cluster-affinity header and the Location header.</summary>
internal sealed record Neo4jResponse(JsonDocument? Document, string? Affinity, Uri? Location);
