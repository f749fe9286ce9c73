using ChainGraph.Analysis.Checklist;
using ChainGraph.Domain;

namespace ChainGraph.Application.Tests;

public sealed class PreviousChecklistFilesTests
{
    [Theory]
    [InlineData(2025, 1, "2025-Q1")]
    [InlineData(2025, 3, "2025-Q1")]
    [InlineData(2025, 4, "2025-Q2")]
    [InlineData(2025, 12, "2025-Q4")]
    public void Quarter_Date_NamesItsQuarter(int year, int month, string expected) =>
        PreviousChecklist.Quarter(new DateOnly(year, month, 1)).Should().Be(expected);

    [Fact]
    public void FindStored_SeveralQuarters_TakesTheLatestBeforeToday()
    {
        var folder = Directory.CreateTempSubdirectory("cg-briefing-").FullName;
        try
        {
            var item = new ChecklistItem("link:c:s", 1, "c", "链", "s", "s", [], [], ChecklistItemType.Weak, 0.4, SeverityLevel.Medium, [], [], ChainAction.Strengthen, PolicyInstrument.IndustrialFoundation, [], []);
            PreviousChecklistFiles.Record(folder, new DateOnly(2025, 2, 1), 1, [item]);
            PreviousChecklistFiles.Record(folder, new DateOnly(2025, 5, 1), 2, [item with { Severity = 0.6 }]);
            PreviousChecklistFiles.Record(folder, new DateOnly(2025, 8, 1), 3, []);

            var found = PreviousChecklistFiles.FindStored(folder, new DateOnly(2025, 8, 20));

            found!.Label.Should().Be("2025-Q2");
            found.Items.Should().ContainSingle().Which.Severity.Should().Be(0.6);
            found.ForChain("c").Should().HaveCount(1);
            found.ForChain("other").Should().BeEmpty();
            PreviousChecklistFiles.FindStored(folder, new DateOnly(2025, 1, 5)).Should().BeNull();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Read_NotAChecklist_ThrowsInvalidData()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, "{\"rows\": []}");
            var read = () => PreviousChecklistFiles.Read(file);
            read.Should().Throw<InvalidDataException>();
        }
        finally
        {
            File.Delete(file);
        }
    }
}
