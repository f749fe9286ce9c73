using ChainGraph.Analysis.Checklist;
using ChainGraph.Domain.Text;

namespace ChainGraph.Reporting.Tests;

/// <summary>The bilingual word tables and the two word lists built on them.</summary>
public sealed class WordsTests
{
    [Fact]
    public void In_KnownKey_WordsInThatLanguage()
    {
        var words = new Words<string>(("a", "甲", "first"), ("b", "乙", "second"));

        (words.In("b", Language.Zh), words.In("b", Language.En)).Should().Be(("乙", "second"));
        words["a"].Should().Be(new Localized("甲", "first"));
    }

    [Fact]
    public void Enumerate_Table_KeepsTheOrderGiven()
    {
        var words = new Words<int>((3, "丙", "c"), (1, "甲", "a"), (2, "乙", "b"));

        words.Select(w => w.Key).Should().Equal(3, 1, 2);
        words.Count.Should().Be(3);
    }

    [Fact]
    public void Constructor_DuplicateKey_Rejected()
    {
        var act = () => new Words<string>(("a", "甲", "first"), ("a", "乙", "second"));

        act.Should().Throw<ArgumentException>().WithMessage("*'a' twice*");
    }

    [Fact]
    public void Indexer_UnknownKey_ThrowsNamingIt()
    {
        var words = new Words<string>(("a", "甲", "first"));

        var act = () => words["z"];

        act.Should().Throw<KeyNotFoundException>().WithMessage("*'z'*");
    }

    [Fact]
    public void ChainMapKinds_EveryItemType_HasDistinctWordsInBothLanguages()
    {
        var kinds = Enum.GetValues<ChecklistItemType>().Select(t => ChainMapWords.Kinds[t]).ToList();

        kinds.Select(k => k.Zh).Should().OnlyHaveUniqueItems().And.NotContain(string.Empty);
        kinds.Select(k => k.En).Should().OnlyHaveUniqueItems().And.NotContain(string.Empty);
    }

    [Fact]
    public void FigureLabels_BriefingFigures_EightInTheRowOrder()
    {
        BriefingText.FigureLabels.Select(f => f.Key).Should().Equal("enterprises", "local", "segments", "missing", "weak", "chokepoints", "foreign", "items");
        BriefingText.FigureLabels.In("foreign", Language.Zh).Should().Be("卡脖子");
    }
}
