using ChainGraph.Domain;
using ChainGraph.Storage.Sqlite;
using static ChainGraph.Api.Tests.Schema.GraphQLClient;

namespace ChainGraph.Api.Tests.Schema;

/// <summary>
/// <c>enterprises(where, orderBy)</c> against a plain pass over the sample's tables: the same firms in the same order,
/// whether the filter starts from a chain's or segment's members or from every firm.
/// </summary>
public sealed class EnterpriseFilterTests(SampleApiFixture api) : IClassFixture<SampleApiFixture>
{
    private const int Page = 100;

    [Fact]
    public async Task Enterprises_Filters_SameFirmsAndOrderAsAPassOverTheTables()
    {
        Dataset data;
        using (var store = SqliteGraphStore.Open(api.StorePath)) data = await store.LoadDatasetAsync();
        var segmentChain = data.Segments.ToDictionary(s => s.Id, s => s.ChainId);
        var nevSegment = data.Segments.First(s => s.ChainId == "nev").Id;
        var otherSegment = data.Segments.First(s => s.ChainId != "nev").Id;
        bool InChain(Enterprise e, string chain) => data.Memberships.Any(m => m.EnterpriseId == e.Id && segmentChain[m.SegmentId] == chain);
        bool InSegment(Enterprise e, string segment) => data.Memberships.Any(m => m.EnterpriseId == e.Id && m.SegmentId == segment);
        bool HasRole(Enterprise e, SegmentRole role) => data.Memberships.Any(m => m.EnterpriseId == e.Id && m.Role == role);

        var cases = new (string Where, string OrderBy, Func<Enterprise, bool> Expected, Comparison<Enterprise> Order)[]
        {
            ("{ chainId: \"nev\", location: LOCAL }", "", e => InChain(e, "nev") && e.Location == Location.Local, ByOutput),
            ($"{{ segmentId: \"{nevSegment}\" }}", "", e => InSegment(e, nevSegment), ByOutput),
            ($"{{ chainId: \"nev\", segmentId: \"{otherSegment}\" }}", "", e => InChain(e, "nev") && InSegment(e, otherSegment), ByOutput),
            ("{ chainId: \"nev\", role: OWNER }", "[{ field: NAME }]", e => InChain(e, "nev") && HasRole(e, SegmentRole.Owner), ByName),
            ("{ location: COUNTRY, minOutput: 5 }", "[{ field: FOUNDED, direction: DESC }]", e => e.Location == Location.Country && e.AnnualOutput >= 5, ByFoundedDescending),
            ("{ }", "[{ field: ID }]", _ => true, (a, b) => string.CompareOrdinal(a.Id, b.Id)),
        };

        foreach (var (where, orderBy, expected, order) in cases)
        {
            var wanted = data.Enterprises.Where(expected).ToList();
            wanted.Sort((a, b) => order(a, b) is var o and not 0 ? o : string.CompareOrdinal(a.Id, b.Id));
            var argument = orderBy.Length > 0 ? $", orderBy: {orderBy}" : "";
            var answer = Data(await Run(api, $"{{ enterprises(where: {where}{argument}, first: {Page}) {{ totalCount nodes {{ id }} }} }}")).GetProperty("enterprises");

            answer.GetProperty("totalCount").GetInt32().Should().Be(wanted.Count, where);
            answer.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()).Should()
                .Equal(wanted.Take(Page).Select(e => e.Id), $"{where} {orderBy}");
        }
    }

    private static int ByOutput(Enterprise a, Enterprise b) => b.AnnualOutput.CompareTo(a.AnnualOutput);

    private static int ByName(Enterprise a, Enterprise b) => Comparer<string>.Default.Compare(a.Name, b.Name);

    private static int ByFoundedDescending(Enterprise a, Enterprise b) => Nullable.Compare(b.Founded, a.Founded);
}
