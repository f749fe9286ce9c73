using ChainGraph.Domain;

namespace ChainGraph.Synthetic;

/// <summary>Reads chain templates the way an analyst writes them: segments by short suffix, links as "from → to to".</summary>
internal sealed class TemplateBuilder(string chainId, string name, ChainCategory category)
{
    private readonly List<SegmentTemplate> segments = [];
    private readonly List<SegmentLink> links = [];
    private readonly List<OwnerSpec> owners = [];

    public TemplateBuilder Segment(string suffix, string segmentName, Stage stage, bool key, SegmentActivity activity, int weight,
        string industryCode, string words, string englishWords, LocationMix mix, bool exportControlled = false)
    {
        segments.Add(new SegmentTemplate($"{chainId}-{suffix}", chainId, segmentName, stage, key, activity, weight, industryCode,
            words.Split(' '), englishWords.Split(' '), mix, exportControlled));
        return this;
    }

    /// <summary>Adds links from <paramref name="from"/> to each space-separated suffix in <paramref name="to"/>.</summary>
    public TemplateBuilder Feeds(string from, string to)
    {
        foreach (var target in to.Split(' ')) links.Add(new SegmentLink(Id(from), Id(target)));
        return this;
    }

    public TemplateBuilder Owner(string suffix, double annualOutput, string district)
    {
        owners.Add(new OwnerSpec(Id(suffix), annualOutput, district));
        return this;
    }

    public ChainTemplate Build() => new(chainId, name, category, segments, links, owners);

    private string Id(string suffix)
    {
        var id = $"{chainId}-{suffix}";
        if (!segments.Any(s => s.Id == id)) throw new InvalidOperationException($"template {chainId} has no segment {suffix}");
        return id;
    }
}
