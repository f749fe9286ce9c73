using System.Text.Encodings.Web;
using System.Text.Json;
using ChainGraph.Analysis.Algorithms;
using ChainGraph.Analysis.Graph;

namespace ChainGraph.Cli.Analyze;

/// <summary>
/// Writes an <see cref="AnalysisReport"/> as the one JSON object of the `analyze` contract. Ids are the input's
/// strings, written unescaped where JSON allows (the output is a data file, never embedded in HTML); lists are
/// sorted by id (ordinal); maps follow the input's node order; doubles round-trip.
/// </summary>
public static class AnalysisJsonWriter
{
    public static void Write(Stream stream, AnalysisReport report)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { SkipValidation = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        var graph = report.Graph;
        var ids = graph.NodeIds;
        json.WriteStartObject();
        json.WriteNumber("nodes", graph.NodeCount);
        json.WriteNumber("edges", report.Directed ? graph.EdgeCount : graph.UndirectedEdgeCount);
        WriteIdList(json, "articulationPoints", report.Cuts.ArticulationPoints.Select(v => ids[v]));
        WriteBridges(json, graph, report.Cuts.Bridges);
        json.WriteNumber("connectedComponents", report.ComponentCount);
        if (report.StrongComponentCount is { } strong) json.WriteNumber("stronglyConnectedComponents", strong);
        if (report.DominatorTree is { } tree) WriteDominators(json, ids, tree);
        if (report.Centrality is { } betweenness) WriteBetweenness(json, ids, betweenness);
        json.WriteEndObject();
        json.Flush();
        stream.Write("\n"u8);
    }

    private static void WriteIdList(Utf8JsonWriter json, string name, IEnumerable<string> ids)
    {
        json.WriteStartArray(name);
        foreach (var id in ids.Order(StringComparer.Ordinal)) json.WriteStringValue(id);
        json.WriteEndArray();
    }

    // Each bridge is written the way round it appears as an edge, so a directed bridge reads source → target.
    private static void WriteBridges(Utf8JsonWriter json, SupplyGraph graph, IEnumerable<NodePair> bridges)
    {
        var ids = graph.NodeIds;
        var pairs = bridges
            .Select(b => graph.FindEdge(b.U, b.V) >= 0 ? (ids[b.U], ids[b.V]) : (ids[b.V], ids[b.U]))
            .OrderBy(p => p.Item1, StringComparer.Ordinal)
            .ThenBy(p => p.Item2, StringComparer.Ordinal);
        json.WriteStartArray("bridges");
        foreach (var (u, v) in pairs)
        {
            json.WriteStartArray();
            json.WriteStringValue(u);
            json.WriteStringValue(v);
            json.WriteEndArray();
        }
        json.WriteEndArray();
    }

    private static void WriteDominators(Utf8JsonWriter json, IReadOnlyList<string> ids, DominatorTree tree)
    {
        json.WriteStartObject("immediateDominators");
        for (var v = 0; v < ids.Count; v++)
        {
            if (tree.IsReachable(v)) json.WriteString(ids[v], ids[tree.ImmediateDominator(v)]);
        }
        json.WriteEndObject();
    }

    private static void WriteBetweenness(Utf8JsonWriter json, IReadOnlyList<string> ids, BetweennessResult betweenness)
    {
        json.WriteStartObject("betweenness");
        for (var v = 0; v < ids.Count; v++) json.WriteNumber(ids[v], betweenness.Values[v]);
        json.WriteEndObject();
    }
}
