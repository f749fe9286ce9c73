using System.Text;
using ChainGraph.Domain;

namespace ChainGraph.Synthetic;

/// <summary>
/// The scale preset's enterprises, kept only as per-enterprise arrays (about 60 bytes each): what the supply and
/// event streams need after each firm's row has been written to <c>enterprises</c>.
/// </summary>
public sealed class ScalePopulation
{
    private ScalePopulation(ScaleLayout layout)
    {
        Layout = layout;
        var n = layout.Enterprises;
        SegmentOf = new int[n];
        Output = new float[n];
        Founded = new int[n];
        Energy = new float[n];
        Kind = new Location[n];
        Status = new EnterpriseStatus[n];
        SanctionExposed = new bool[n];
        IdBytes = new byte[n * CreditCode.Length];
    }

    public ScaleLayout Layout { get; }

    public int[] SegmentOf { get; }

    /// <summary>Annual output, 亿元.</summary>
    public float[] Output { get; }

    /// <summary>Founding date as <see cref="DateOnly.DayNumber"/>.</summary>
    public int[] Founded { get; }

    /// <summary>Energy use, 吨标准煤/万元.</summary>
    public float[] Energy { get; }

    public Location[] Kind { get; }

    public EnterpriseStatus[] Status { get; }

    public bool[] SanctionExposed { get; }

    /// <summary>The 18 ASCII bytes of each enterprise's credit code, back to back.</summary>
    public byte[] IdBytes { get; }

    public ReadOnlySpan<byte> Id(int enterprise) => IdBytes.AsSpan(enterprise * CreditCode.Length, CreditCode.Length);

    /// <summary>Creates every firm segment by segment, writing each row as it goes; reports progress every million rows.</summary>
    public static ScalePopulation Create(ScaleLayout layout, Random rng, RecordWriter writer, Action<string, long> progress)
    {
        var population = new ScalePopulation(layout);
        var factory = new EnterpriseFactory(rng);
        for (var s = 0; s < layout.Graph.Segments.Count; s++) population.Populate(s, rng, factory, writer, progress);
        return population;
    }

    private void Populate(int segment, Random rng, EnterpriseFactory factory, RecordWriter writer, Action<string, long> progress)
    {
        var template = Layout.Graph.Segments[segment];
        var owners = Layout.Graph.Chains[Layout.Graph.ChainOf[segment]].Owners.Where(o => o.SegmentId == template.Id).ToList();
        var market = Layout.Count(segment) * template.Profile.MedianOutput * 5 + owners.Sum(o => o.AnnualOutput) * 1.5;
        var cap = template.Mix.LocalCap;
        var locals = 0;
        for (var i = 0; i < Layout.Count(segment); i++)
        {
            var site = i < owners.Count
                ? SiteSampler.Local(rng, template, owners[i].District)
                : SiteSampler.Sample(rng, template, localAllowed: cap is null || locals < cap, forceLocal: cap > 0 && i == 0);
            if (site.Kind == Location.Local) locals++;
            var firm = factory.Create(template, site, i < owners.Count ? owners[i].AnnualOutput : null, market);
            DataRows.Write(writer, firm);
            Keep(Layout.Start(segment) + i, segment, template, firm);
            if (writer.Records % 1_000_000 == 0) progress("enterprises", writer.Records);
        }
    }

    private void Keep(int index, int segment, SegmentTemplate template, Enterprise firm)
    {
        SegmentOf[index] = segment;
        Output[index] = (float)firm.AnnualOutput;
        Founded[index] = (firm.Founded ?? GenerationDates.AsOf).DayNumber;
        Energy[index] = (float)(firm.EnergyPerOutput ?? 0);
        Kind[index] = firm.Location;
        Status[index] = firm.Status;
        SanctionExposed[index] = template.ExportControlled && HazardProfile.IsControllingCountry(firm.Country);
        Encoding.ASCII.GetBytes(firm.Id, IdBytes.AsSpan(index * CreditCode.Length, CreditCode.Length));
    }
}
