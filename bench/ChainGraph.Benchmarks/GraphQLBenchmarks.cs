using BenchmarkDotNet.Attributes;
using ChainGraph.GraphQL.AspNetCore;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChainGraph.Benchmarks;

/// <summary>
/// The API's GraphQL executor (GraphQL.NET behind <see cref="GraphQLRequestExecutor"/>) in process: a typical 30-field
/// query with fragments, variables and a directive over in-memory data, executed with the document cache warm (parse
/// and validation skipped; limits, variable coercion and execution run) and without it (a new executor per call's
/// text: parse + shape and cost limits + validate + execute), and serialised. Results: bench/graphql/RESULTS-engine.md.
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

    private GraphQLRequestExecutor _executor = null!;
    private GraphQLRequest _request = null!;
    private int _uncachedCount;

    /// <summary>GraphQL.NET's serial strategy for queries (the API's default) or its parallel one.</summary>
    [Params(true, false)]
    public bool SerialQueries { get; set; }

    /// <summary>Builds the schema, data and executor.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var chains = Enumerable.Range(1, 3).Select(CreateChain).ToArray();
        var schema = Schema.For(Sdl, builder =>
        {
            builder.Types.For("Query").FieldFor("chain").Resolver = new FuncFieldResolver<object?>(ctx => chains.FirstOrDefault(c => c.Id == ctx.GetArgument<string>("id")));
            builder.Types.For("Query").FieldFor("chains").Resolver = new FuncFieldResolver<object?>(ctx => chains.Take(ctx.GetArgument<int?>("first") ?? chains.Length));
            builder.Types.For("Chain").FieldFor("segments").Resolver = new FuncFieldResolver<object?>(ctx => ((Chain)ctx.Source!).Segments.Take(ctx.GetArgument<int?>("first") ?? int.MaxValue));
        });
        schema.Initialize();
        _executor = new GraphQLRequestExecutor(schema, new GraphQLExecutorOptions { SerialQueries = SerialQueries }, NullLogger<GraphQLRequestExecutor>.Instance);
        _request = new GraphQLRequest(Query, Variables: Variables);
    }

    /// <summary>Execute with the document cache warm: limits, variable coercion and execution only.</summary>
    [Benchmark(Baseline = true)]
    public Task<GraphQLResponse> ExecuteCached() => _executor.ExecuteAsync(_request, new GraphQLExecutionContext());

    /// <summary>Parse + limits + validate + execute: each call's text is new (a trailing comment differs).</summary>
    [Benchmark]
    public Task<GraphQLResponse> ExecuteUncached() =>
        _executor.ExecuteAsync(_request with { Query = Query + "\n# " + Interlocked.Increment(ref _uncachedCount) }, new GraphQLExecutionContext());

    /// <summary>Execute (cached) and serialise the response to UTF-8 JSON.</summary>
    [Benchmark]
    public async Task<long> ExecuteCachedAndSerialize()
    {
        var response = await _executor.ExecuteAsync(_request, new GraphQLExecutionContext());
        using var buffer = new MemoryStream(4096);
        await _executor.Serializer.WriteAsync(buffer, response.Result);
        return buffer.Length;
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
