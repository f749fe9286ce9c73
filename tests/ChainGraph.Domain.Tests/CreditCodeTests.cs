using ChainGraph.Domain;

namespace ChainGraph.Domain.Tests;

public sealed class CreditCodeTests
{
    // Published codes of listed Shenzhen and Beijing companies (business licences are public records).
    [Theory]
    [InlineData("91440300708461136T")]
    [InlineData("91440300192317458F")]
    [InlineData("9144030071526726XG")]
    [InlineData("91110000802100433B")]
    public void Validate_RealCodes_Valid(string code) => CreditCode.Validate(code).Should().BeNull();

    [Theory]
    [InlineData("91440300708461136A", "check character is 'A' but should be 'T'")]
    [InlineData("91440300708461163T", "check character")]
    [InlineData("9144030070846113T", "18 characters")]
    [InlineData("91440300708461136TT", "18 characters")]
    [InlineData("91440300708461I36T", "'I' is not allowed")]
    [InlineData("91440300708461136t", "'t' is not allowed")]
    [InlineData("914403A0708461136T", "administrative division")]
    [InlineData("", "empty")]
    public void Validate_CorruptedCodes_SaysWhy(string code, string reason) => CreditCode.Validate(code).Should().Contain(reason);

    [Fact]
    public void Validate_EverySingleCharacterSubstitution_Detected()
    {
        const string code = "91440300708461136T";
        for (var position = 0; position < code.Length; position++)
        {
            foreach (var c in CreditCode.Alphabet.Where(c => c != code[position]))
            {
                var corrupted = code[..position] + c + code[(position + 1)..];
                CreditCode.IsValid(corrupted).Should().BeFalse($"{corrupted} changes position {position + 1}");
            }
        }
    }

    [Fact]
    public void Validate_AdjacentTranspositions_Detected()
    {
        const string code = "91440300192317458F";
        for (var i = 0; i < code.Length - 1; i++)
        {
            if (code[i] == code[i + 1]) continue;
            var swapped = code[..i] + code[i + 1] + code[i] + code[(i + 2)..];
            CreditCode.IsValid(swapped).Should().BeFalse($"{swapped} swaps positions {i + 1} and {i + 2}");
        }
    }

    [Fact]
    public void Create_ManySerials_AllValidAndDistinct()
    {
        var codes = Enumerable.Range(0, 5000).Select(i => CreditCode.Create("440305", 10_000_000 + i * 7919L)).ToList();

        codes.Should().OnlyContain(c => CreditCode.IsValid(c)).And.OnlyHaveUniqueItems();
    }

    [Fact]
    public void Create_MatchesPublishedOrganisationCodeCheck()
    {
        // Huawei's organisation code 70846113-6: the GB 11714 check digit is 6.
        CreditCode.Create("440300", 70846113).Should().Be("91440300708461136T");
    }
}
