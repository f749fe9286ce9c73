using BenchmarkDotNet.Attributes;
using ChainGraph.GraphQL;
using ChainGraph.GraphQL.Language;
using ChainGraph.GraphQL.Types;
using ChainGraph.GraphQL.Validation;

namespace ChainGraph.Benchmarks;

/// <summary>
/// The GraphQL engine in process: a typical 30-field query with fragments, variables and a directive over in-memory
/// data, executed with the document cache (parse + validate skipped) and without it (parse + validate + execute),
/// plus parse and validate alone. Target: ≤ 50 µs median for the uncached request. Results: bench/graphql/RESULTS-engine.md.
/// </summary>
[MemoryDiagnoser]
public class GraphQLBenchmarks
{
    private const string Sdl = """
        type Query { chain(id: ID!): Chain chains(first: Int): [Chain!]! }
        type Chain { id: ID! name: String! category: Category! description: String segments(first: Int): [Segment!]! }
        type Segment { id: ID! name: String! stage: Stage! key: Boolean! enterprises: [Enterprise!]! }
        type Enterprise {
          id: ID! name: String! district: String country: String! output: Float employees: Int labels: [String!]! status: String
        }
        enum Category { STRATEGIC_EMERGING ADVANTAGE_TRADITIONAL FUTURE }
        enum Stage { UPSTREAM MIDSTREAM DOWNSTREAM }
        """;

    private const string Query = """
        query Dashboard($id: ID!, $first: Int = 3, $withSegments: Boolean = true) {
          chain(id: $id) {
            ...ChainFields
            segments(first: $first) @include(if: $withSegments) {
              id
              name
              stage
              key
              enterprises { ...EnterpriseFields }
            }
          }
          chains(first: 3) { id name category }
        }

        fragment ChainFields on Chain { id name category description }

        fragment EnterpriseFields on Enterprise { id name district country output employees labels status }
        """;

    private static readonly Dictionary<string, object?> Variables = new() { ["id"] = "c1" };

    private GraphQLExecutor _cached = null!;
    private GraphQLExecutor _uncached = null!;
    private GraphQLSchema _schema = null!;
    private GraphQLRequest _request = null!;

    /// <summary>Builds the schema, data and executors.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var chains = Enumerable.Range(1, 3).Select(CreateChain).ToArray();
        _schema = SchemaBuilder.FromSdl(Sdl)
            .Resolve("Query", "chain", ctx => chains.FirstOrDefault(c => c.Id == ctx.Argument<string>("id")))
            .Resolve("Query", "chains", ctx => chains.Take(ctx.Argument<int?>("first") ?? chains.Length))
            .Resolve("Chain", "segments", ctx => ((Chain)ctx.Parent!).Segments.Take(ctx.Argument<int?>("first") ?? int.MaxValue))
            .Build();
        _cached = new GraphQLExecutor(_schema);
        _uncached = new GraphQLExecutor(_schema, new ExecutionOptions { DocumentCacheSize = 0 });
        _request = new GraphQLRequest(Query, variables: Variables);
    }

    /// <summary>Execute with the document cache warm: variable coercion, limits and execution only.</summary>
    [Benchmark(Baseline = true)]
    public Task<ExecutionResult> ExecuteCached() => _cached.ExecuteAsync(_request);

    /// <summary>Parse + validate + execute on every request.</summary>
    [Benchmark]
    public Task<ExecutionResult> ExecuteUncached() => _uncached.ExecuteAsync(_request);

    /// <summary>Parse only.</summary>
    [Benchmark]
    public DocumentNode Parse() => Parser.Parse(Query);

    /// <summary>Parse + validate with all specified rules.</summary>
    [Benchmark]
    public IReadOnlyList<GraphQLError> ParseAndValidate() => DocumentValidator.Validate(_schema, Parser.Parse(Query), ValidationRules.Specified);

    /// <summary>Execute (cached) and serialise the response to UTF-8 JSON.</summary>
    [Benchmark]
    public async Task<int> ExecuteCachedAndSerialize()
    {
        var result = await _cached.ExecuteAsync(_request);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(4096);
        using var writer = new System.Text.Json.Utf8JsonWriter(buffer);
        result.WriteTo(writer);
        await writer.FlushAsync();
        return buffer.WrittenCount;
    }

    private static Chain CreateChain(int i) => new(
        "c" + i,
        "Chain " + i,
        "STRATEGIC_EMERGING",
        "Integrated circuits",
        Enumerable.Range(1, 3).Select(s => new Segment(
            $"c{i}s{s}",
            "Segment " + s,
            s switch { 1 => "UPSTREAM", 2 => "MIDSTREAM", _ => "DOWNSTREAM" },
            s == 2,
            Enumerable.Range(1, 3).Select(e => new Enterprise($"e{i}{s}{e}", "Enterprise " + e, "Pudong", "CN", 12.5 * e, 100 * e, ["listed", "champion"], "active")).ToArray())).ToArray());

    private sealed record Chain(string Id, string Name, string Category, string Description, Segment[] Segments);

    private sealed record Segment(string Id, string Name, string Stage, bool Key, Enterprise[] Enterprises);

    private sealed record Enterprise(string Id, string Name, string District, string Country, double Output, int Employees, string[] Labels, string Status);
}
