using System.Globalization;
using ChainGraph.Storage.Import;

namespace ChainGraph.Storage.Tests.Import;

public sealed class IsoDateTests
{
    [Theory]
    [InlineData("2024-02-29")]
    [InlineData("2023-02-29")]
    [InlineData("1900-02-29")]
    [InlineData("2000-02-29")]
    [InlineData("0001-01-01")]
    [InlineData("0000-01-01")]
    [InlineData("9999-12-31")]
    [InlineData("2023-13-01")]
    [InlineData("2023-00-10")]
    [InlineData("2023-04-31")]
    [InlineData("2023-04-00")]
    [InlineData("2023-4-01")]
    [InlineData("23-04-01")]
    [InlineData("2023/04/01")]
    [InlineData("2023-04-01 ")]
    [InlineData(" 2023-04-01")]
    [InlineData("2023-04-01T00:00")]
    [InlineData("２０２３-04-01")]
    [InlineData("2023-0a-01")]
    [InlineData("")]
    public void TryParse_AnyText_AgreesWithTheFrameworksExactParse(string text)
    {
        var expected = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var expectedDate);

        var parsed = IsoDate.TryParse(text, out var date);

        parsed.Should().Be(expected);
        date.Should().Be(expectedDate);
    }

    [Fact]
    public void TryParse_EveryDayOfFourYears_SameDateAsTheFramework()
    {
        for (var day = new DateOnly(2023, 1, 1); day.Year < 2027; day = day.AddDays(1))
        {
            var text = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            IsoDate.TryParse(text, out var parsed).Should().BeTrue(text);
            parsed.Should().Be(day);
        }
    }
}
