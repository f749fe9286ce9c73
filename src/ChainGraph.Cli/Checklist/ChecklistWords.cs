using ChainGraph.Reporting;
using ChainGraph.Analysis.Checklist;
using ChainGraph.Domain;
using ChainGraph.Domain.Text;

namespace ChainGraph.Cli.Checklist;

/// <summary>
/// The words the checklist commands print: Chinese (the briefing's vocabulary) or English for tables, and the one
/// snake_case vocabulary of JSON and GraphQL (<c>foreign_chokepoint</c>) for CSV.
/// </summary>
public static class ChecklistWords
{
    public static string Type(ChecklistItemType type, Language language) =>
        language == Language.Zh ? BriefingVocabulary.Chinese(type) : type switch
    {
        ChecklistItemType.Missing => "missing link",
        ChecklistItemType.Weak => "weak link",
        ChecklistItemType.ForeignChokepoint => "foreign chokepoint (卡脖子)",
        ChecklistItemType.Chokepoint => "chokepoint",
        _ => "sole source",
    };

    public static string Level(SeverityLevel level, Language language) =>
        language == Language.Zh ? BriefingVocabulary.Chinese(level) : Vocabulary.Word(level);

    public static string Action(ChainAction action, Language language) =>
        language == Language.Zh ? ChainActions.Chinese(action) : $"{Vocabulary.Word(action)} ({ChainActions.Chinese(action)})";

    public static string Change(ChangeKind kind, Language language) =>
        language == Language.Zh ? BriefingVocabulary.Chinese(kind) : Vocabulary.Word(kind);

    /// <summary>The document the checklist answers to: 第15条 of the manufacturing measures (a consultation draft).</summary>
    public static string Basis(Language language) => PolicyCitation.Manufacturing(15).In(language);
}
