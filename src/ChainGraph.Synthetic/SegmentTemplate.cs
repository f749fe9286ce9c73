using ChainGraph.Domain;

namespace ChainGraph.Synthetic;

/// <summary>
/// One segment (环节) of a chain template. <see cref="Weight"/> is the relative number of firms in it;
/// <see cref="IndustryCode"/> is the GB/T 4754-2017 class with its section letter (e.g. C3841);
/// <see cref="Words"/> and <see cref="EnglishWords"/> are the industry words firm names use;
/// <see cref="ExportControlled"/> marks technology under foreign export controls, which exposes
/// the segment's firms in the controlling countries to sanction events (see <see cref="EventProcess"/>).
/// </summary>
public sealed record SegmentTemplate(
    string Id,
    string ChainId,
    string Name,
    Stage Stage,
    bool Key,
    SegmentActivity Activity,
    int Weight,
    string IndustryCode,
    IReadOnlyList<string> Words,
    IReadOnlyList<string> EnglishWords,
    LocationMix Mix,
    bool ExportControlled)
{
    public ActivityProfile Profile => ActivityProfile.For(Activity);

    public Segment ToSegment() => new(Id, ChainId, Name, Stage, Key);
}
