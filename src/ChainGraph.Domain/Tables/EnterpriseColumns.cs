namespace ChainGraph.Domain.Tables;

/// <summary>
/// The columns of an <see cref="EnterpriseTable"/>, one entry per row: texts as <see cref="Utf8Texts"/> or
/// <see cref="CodedTexts"/>, missing numbers as NaN (doubles) or <see cref="EnterpriseColumns.Missing"/> (ints), dates as
/// <see cref="DateOnly.DayNumber"/>. What the persisted snapshot stores and reads back without making a record.
/// </summary>
public sealed record EnterpriseColumns(
    Utf8Texts Id, Utf8Texts Name, CodedTexts District, CodedTexts Region, CodedTexts Country, CodedTexts Industry, double[] Output,
    double[] Revenue, double[] Tax, double[] Rd, double[] Energy, double[] Share, int[] Employees, int[] Founded, int[] Labels,
    int[] Status, CodedTexts City, int[] Compliance, double[] Land)
{
    /// <summary>The stand-in for a missing whole number.</summary>
    public const int Missing = int.MinValue;

    /// <summary>The columns of <paramref name="rows"/>.</summary>
    public static EnterpriseColumns From(IReadOnlyList<Enterprise> rows)
    {
        double[] Numbers(Func<Enterprise, double?> value) => [.. rows.Select(e => value(e) ?? double.NaN)];
        int[] Ints(Func<Enterprise, int> value) => [.. rows.Select(value)];
        return new(Utf8Texts.From([.. rows.Select(e => e.Id)]), Utf8Texts.From([.. rows.Select(e => e.Name)]),
            CodedTexts.From([.. rows.Select(e => e.District)]), CodedTexts.From([.. rows.Select(e => e.Region)]),
            CodedTexts.From([.. rows.Select(e => e.Country)]), CodedTexts.From([.. rows.Select(e => e.IndustryCode)]),
            Numbers(e => e.AnnualOutput), Numbers(e => e.Revenue), Numbers(e => e.Tax), Numbers(e => e.RdRatio),
            Numbers(e => e.EnergyPerOutput), Numbers(e => e.MarketShare), Ints(e => e.Employees ?? Missing),
            Ints(e => e.Founded?.DayNumber ?? Missing), Ints(e => (int)e.Labels), Ints(e => (int)e.Status),
            CodedTexts.From([.. rows.Select(e => e.City)]), Ints(e => (int)e.Compliance), Numbers(e => e.LandArea));
    }

    /// <summary>The number of rows, after checking that every column has it.</summary>
    /// <exception cref="InvalidDataException">Columns differ in length, or a row lacks an id or a country, or holds an
    /// undefined status.</exception>
    internal int CheckedCount()
    {
        var count = Id.Count;
        int[] lengths = [Name.Count, District.Count, Region.Count, Country.Count, Industry.Count, Output.Length, Revenue.Length, Tax.Length,
            Rd.Length, Energy.Length, Share.Length, Employees.Length, Founded.Length, Labels.Length, Status.Length, City.Count,
            Compliance.Length, Land.Length];
        if (lengths.Any(l => l != count)) throw Inconsistent("the enterprise columns differ in length");
        for (var row = 0; row < count; row++)
        {
            if (Country.Code(row) < 0) throw Inconsistent($"the enterprise '{Id[row]}' has no country");
            if (!Enum.IsDefined((EnterpriseStatus)Status[row])) throw Inconsistent($"{Status[row]} is not an enterprise status");
        }
        return count;
    }

    private static InvalidDataException Inconsistent(string what) => new($"the dataset is inconsistent: {what}");
}
