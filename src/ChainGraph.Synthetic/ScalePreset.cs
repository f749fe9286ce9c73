using System.Text;
using ChainGraph.Domain;
using ChainGraph.Storage.Import;

namespace ChainGraph.Synthetic;

/// <summary>
/// The benchmark dataset: the six chain templates with any number of enterprises (one segment each) and exactly the
/// requested number of supply relations, streamed to disk. Memory is per-enterprise arrays only (about 100 bytes per
/// enterprise plus the name hashes); relations are never held. Events cover the last year before the as-of date with
/// the shenzhen process shifted by <see cref="EventInterceptShift"/>, about 1% of enterprises.
/// </summary>
public static class ScalePreset
{
    public const int DefaultEnterprises = 1_000_000;
    public const int DefaultRelations = 10_000_000;

    /// <summary>Added to the event log-odds so about 1% of enterprises have an event in the one-year window.</summary>
    public const double EventInterceptShift = -0.9;

    /// <summary>Generates into <paramref name="directory"/>; progress lines go to <paramref name="progress"/>.</summary>
    public static GenerationSummary Generate(Random rng, int enterprises, int relations, string directory, OutputFormat format,
        TextWriter progress)
    {
        var graph = new TemplateGraph(ChainTemplates.All);
        var layout = new ScaleLayout(graph, enterprises);
        if (relations < 0 || relations > layout.Capacity()) throw new ArgumentOutOfRangeException(nameof(relations));
        var report = (string file, long rows) => progress.WriteLine($"generate: {file} {rows:N0} rows");
        DatasetFileWriter.WriteTemplates([.. graph.Chains.Select(c => c.ToChain())], [.. graph.Segments.Select(s => s.ToSegment())],
            [.. graph.Chains.SelectMany(c => c.Links)], directory, format);
        ScalePopulation population;
        using (var writer = RecordWriter.Open(directory, FileSpecs.Enterprises, format))
            population = ScalePopulation.Create(layout, rng, writer, report);
        var supplies = new ScaleSupplyStream(population, rng);
        using (var writer = RecordWriter.Open(directory, FileSpecs.Supplies, format)) supplies.Write(relations, writer, report);
        WriteMemberships(population, supplies.Core, directory, format);
        var events = WriteEvents(population, supplies.SupplierHhi, rng, directory, format);
        return new GenerationSummary(graph.Chains.Count, graph.Segments.Count, graph.Chains.Sum(c => c.Links.Count),
            enterprises, enterprises, relations, events);
    }

    private static void WriteMemberships(ScalePopulation population, bool[] core, string directory, OutputFormat format)
    {
        var layout = population.Layout;
        var segmentIds = layout.Graph.Segments.Select(s => Encoding.ASCII.GetBytes(s.Id)).ToArray();
        var roleWords = Enum.GetValues<SegmentRole>().Select(r => Vocabulary.Word(r)).ToArray();
        using var writer = RecordWriter.Open(directory, FileSpecs.Memberships, format);
        for (var e = 0; e < layout.Enterprises; e++)
        {
            var segment = population.SegmentOf[e];
            var role = layout.IsOwner(e, segment) ? SegmentRole.Owner : core[e] ? SegmentRole.Core : SegmentRole.Supplier;
            writer.Ascii(population.Id(e));
            writer.Ascii(segmentIds[segment]);
            writer.Text(roleWords[(int)role]);
            writer.EndRecord();
        }
    }

    private static long WriteEvents(ScalePopulation population, float[] hhi, Random rng, string directory, OutputFormat format)
    {
        var from = GenerationDates.AsOf.AddYears(-1).AddDays(1);
        var draws = new List<EventDraw>();
        using var writer = RecordWriter.Open(directory, FileSpecs.Events, format);
        for (var e = 0; e < population.Layout.Enterprises; e++)
        {
            draws.Clear();
            EventProcess.Sample(rng, Profile(population, hhi, e), from, GenerationDates.AsOf, EventInterceptShift, draws);
            foreach (var draw in draws)
            {
                writer.Ascii(population.Id(e));
                writer.Date(draw.Date);
                writer.Text(Vocabulary.Word(draw.Type));
                writer.Number(draw.Severity, 2);
                writer.EndRecord();
            }
        }
        return writer.Records;
    }

    private static HazardProfile Profile(ScalePopulation p, float[] hhi, int e) => new(
        p.Kind[e] == Location.Overseas, p.Kind[e] == Location.Local, p.SanctionExposed[e], p.Output[e],
        DateOnly.FromDayNumber(p.Founded[e]), p.Energy[e], hhi[e], p.Status[e]);
}
