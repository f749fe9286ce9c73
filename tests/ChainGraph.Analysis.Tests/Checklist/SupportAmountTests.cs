using ChainGraph.Analysis.Checklist;
using ChainGraph.Domain.Text;
using ChainGraph.Domain;

namespace ChainGraph.Analysis.Tests.Checklist;

public sealed class SupportAmountTests
{
    [Theory]
    [InlineData("industrial-foundation", 2000, 600)]
    [InlineData("industrial-foundation", 5000, 1000)]
    [InlineData("technical-renovation", 30_000, 5000)]
    [InlineData("technical-renovation", 1234.5, 246.9)]
    [InlineData("first-of-kind", 32_000, 1000)]
    [InlineData("major-project", 8000, 1600)]
    [InlineData("supply-chain-service", 3000, 500)]
    [InlineData("industrial-internet", 1000, 300)]
    public void For_RateOfTheBase_NeverAboveTheCap(string id, double baseWan, double expected)
    {
        var rule = PolicyInstrument.All.Single(i => i.Id == id);

        var support = SupportAmount.For(rule, "甲公司", baseWan);

        support.Amount.Should().Be(expected);
        support.Amount.Should().BeLessThanOrEqualTo(rule.Cap);
        support.Basis.Should().StartWith($"甲公司：{SupportBases.Chinese(rule.Base)} {Units.Money(baseWan)} × {Units.Percent(rule.Rate)} = ");
        support.BasisEnglish.Should().NotContain("甲公司：");
    }

    [Fact]
    public void For_NoBase_NullAmountAndTheFigureTheBureauMustSupply()
    {
        var support = SupportAmount.For(PolicyInstrument.IndustrialFoundation, null, null);

        support.Amount.Should().BeNull();
        support.Basis.Should().Be("上限1000万元；需项目投资额（万元）");
        support.BasisIn(Language.En).Should().Be("at most CNY 10 million; needs the project investment (万元)");
    }
}
