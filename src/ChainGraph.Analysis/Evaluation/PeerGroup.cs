using ChainGraph.Domain.Text;

namespace ChainGraph.Analysis.Evaluation;

/// <summary>
/// The peers a firm's indicators are ranked among: the industry-code prefix (<see cref="Code"/>, empty for
/// <see cref="PeerLevel.All"/>), its level, its size, and — when the firm's own class was too small — which level it
/// fell back from, said in <see cref="Description"/>.
/// </summary>
public sealed record PeerGroup(string Code, PeerLevel Level, int Count, PeerLevel? FellBackFrom, Localized Description);
