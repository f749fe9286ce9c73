using System.Globalization;
using ChainGraph.Storage.Import;

namespace ChainGraph.Storage.Tests.Import;

public sealed class DecimalTextTests
{
    [Theory]
    [InlineData("0")]
    [InlineData("0.25")]
    [InlineData("1200")]
    [InlineData("007.50")]
    [InlineData("0.1")]
    [InlineData("0.3")]
    [InlineData("9007199254740992")]
    [InlineData("9007199254740993")]
    [InlineData("900719925474099.3")]
    [InlineData("0.000000000000000001")]
    [InlineData("1234567890123456789")]
    [InlineData("12345678901234567890")]
    [InlineData("1.7976931348623157")]
    [InlineData("5.")]
    [InlineData(".5")]
    [InlineData("-0")]
    [InlineData("-0.5")]
    [InlineData("+1")]
    [InlineData("1e3")]
    [InlineData("1E-3")]
    [InlineData("1,5")]
    [InlineData("1..5")]
    [InlineData("1.2.3")]
    [InlineData(" 1")]
    [InlineData("1 ")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("１")]
    [InlineData("")]
    [InlineData(".")]
    public void TryParse_AnyText_AgreesWithTheFramework(string text)
    {
        var expected = double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var expectedValue);

        var parsed = DecimalText.TryParse(text, out var value);

        parsed.Should().Be(expected);
        BitConverter.DoubleToInt64Bits(value).Should().Be(BitConverter.DoubleToInt64Bits(expectedValue), text);
    }

    [Fact]
    public void TryParse_RandomDecimals_SameBitsAsTheFramework()
    {
        var random = new Random(16);
        for (var i = 0; i < 200_000; i++)
        {
            var digits = random.Next(1, 21);
            var chars = new char[digits];
            for (var d = 0; d < digits; d++) chars[d] = (char)('0' + random.Next(10));
            var text = new string(chars);
            if (digits > 1 && random.Next(4) > 0)
            {
                var point = random.Next(1, digits);
                text = text[..point] + "." + text[point..];
            }
            double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var expected).Should().BeTrue();
            DecimalText.TryParse(text, out var value).Should().BeTrue(text);
            BitConverter.DoubleToInt64Bits(value).Should().Be(BitConverter.DoubleToInt64Bits(expected), text);
        }
    }
}
