using System.Globalization;
using ChainGraph.Domain;
using ChainGraph.Storage;
using ChainGraph.Storage.Import;
using static ChainGraph.Api.Schema.RequestScope;

namespace ChainGraph.Api.Schema;

/// <summary>
/// Mutations (editor role). Upserts are written as import files and go through the import's validation and
/// all-or-nothing write, so an edit obeys exactly the rules of a bulk import; a rejection is BAD_USER_INPUT with
/// the issues in <c>extensions.issues</c>.
/// </summary>
internal static class MutationResolvers
{
    public static void Register(ResolverRegistry r) => r
        .Field("Mutation", "upsertEnterprise", UpsertEnterprise)
        .Field("Mutation", "upsertSupply", UpsertSupply)
        .Field("Mutation", "markChainOwner", MarkChainOwner)
        .Field("Mutation", "removeEnterprise", ctx => Remove(ctx, Removal.Enterprise(ctx.Argument<string>("id")!)))
        .Field("Mutation", "removeSupply", ctx => Remove(ctx, Removal.Supply(ctx.Argument<string>("supplierId")!,
        ctx.Argument<string>("customerId")!, ctx.Argument<string>("segmentId")!)))
        .Field("Mutation", "importFiles", ImportFiles)
        .Field("Mutation", "startImport", StartImport);

    private static object StartImport(ResolveContext ctx)
    {
        try
        {
            return Service<ImportJobs>(ctx).Start(CallerOf(ctx), ctx.Argument<string>("directory")!);
        }
        catch (ImportRefusedException e)
        {
            throw new GraphQLException(e.Message, ErrorCodes.BadUserInput);
        }
        catch (InvalidRequestException e)
        {
            throw GraphQLException.From(e);
        }
    }

    private static async ValueTask<object?> UpsertEnterprise(ResolveContext ctx)
    {
        var input = ctx.Argument<IReadOnlyDictionary<string, object?>>("input")!;
        var id = (string)input["id"]!;
        var snapshot = await WriteRows(ctx, "upsertEnterprise", id, dir =>
        {
            JsonLinesFiles.Write(dir, FileSpecs.Enterprises, [EnterpriseRow(input)]);
            if (input.GetValueOrDefault("memberships") is IEnumerable<object?> memberships)
                JsonLinesFiles.Write(dir, FileSpecs.Memberships, memberships.Cast<IReadOnlyDictionary<string, object?>>()
                    .Select(m => MembershipRow(id, m)));
        });
        return snapshot.Enterprise(id);
    }

    private static async ValueTask<object?> UpsertSupply(ResolveContext ctx)
    {
        var input = ctx.Argument<IReadOnlyDictionary<string, object?>>("input")!;
        var row = new Dictionary<string, object?>
        {
            ["supplier_id"] = input["supplierId"], ["customer_id"] = input["customerId"], ["segment_id"] = input["segmentId"],
            ["share"] = input["share"], ["annual_value"] = input.GetValueOrDefault("annualValue"),
            ["substitutability"] = input.GetValueOrDefault("substitutability"),
            ["recovery_days"] = input.GetValueOrDefault("recoveryDays"), ["since"] = Date(input.GetValueOrDefault("since")),
        };
        var snapshot = await WriteRows(ctx, "upsertSupply", $"{input["supplierId"]}→{input["customerId"]} {input["segmentId"]}",
            dir => JsonLinesFiles.Write(dir, FileSpecs.Supplies, [row]));
        var supplier = snapshot.Enterprise((string)input["supplierId"]!)!.Index;
        var rows = snapshot.Supplies.OutOfEnterprise(supplier).ToArray();
        var segment = snapshot.Segment((string)input["segmentId"]!)!.Index;
        var customer = snapshot.Enterprise((string)input["customerId"]!)!.Index;
        return new SupplyView(snapshot, rows.First(r => snapshot.Dataset.Supplies.Customer[r] == customer
            && snapshot.Dataset.Supplies.Segment[r] == segment));
    }

    private static async ValueTask<object?> MarkChainOwner(ResolveContext ctx)
    {
        var id = ctx.Argument<string>("enterpriseId")!;
        var row = MembershipRow(id, new Dictionary<string, object?> { ["segmentId"] = ctx.Argument<string>("segmentId"),
            ["role"] = SegmentRole.Owner });
        var snapshot = await WriteRows(ctx, "markChainOwner", $"{id} in {ctx.Argument<string>("segmentId")}",
            dir => JsonLinesFiles.Write(dir, FileSpecs.Memberships, [row]));
        return snapshot.Enterprise(id);
    }

    private static async ValueTask<object?> Remove(ResolveContext ctx, Removal removal)
    {
        var operation = removal.EnterpriseIds.Count > 0 ? "removeEnterprise" : "removeSupply";
        var target = string.Join(",", removal.EnterpriseIds.Concat(removal.Supplies.Select(
            s => $"{s.SupplierId}→{s.CustomerId} {s.SegmentId}")));
        var (removed, snapshot) = await Service<ApiWriter>(ctx)
            .RemoveAsync(CallerOf(ctx), operation, target, removal, ctx.CancellationToken);
        return new RemovalResult(removed > 0, removed, snapshot.Version);
    }

    private static async ValueTask<object?> ImportFiles(ResolveContext ctx)
    {
        try
        {
            var (outcome, source, snapshot) = await Service<ApiWriter>(ctx)
                .ImportFromRootAsync(CallerOf(ctx), ctx.Argument<string>("directory")!, ctx.CancellationToken);
            return ImportResult.From(outcome, source, snapshot.Version);
        }
        catch (ImportRefusedException e)
        {
            throw new GraphQLException(e.Message, ErrorCodes.BadUserInput);
        }
    }

    // Writes the rows into a fresh folder and imports it; a rejection becomes BAD_USER_INPUT with every issue.
    internal static async Task<AnalysisSnapshot> WriteRows(ResolveContext ctx, string operation, string target, Action<string> write)
    {
        var dir = Path.Combine(Path.GetTempPath(), "chaingraph-edit-" + Guid.NewGuid().ToString("N"));
        try
        {
            write(dir);
            var (outcome, _, snapshot) = await Service<ApiWriter>(ctx)
                .ImportAsync(CallerOf(ctx), operation, target, dir, ctx.CancellationToken);
            if (!outcome.Written)
            {
                var issues = outcome.Report.Errors.Select(e => new Dictionary<string, object?> { ["column"] = e.Column,
                    ["message"] = e.Message }).ToList();
                throw new GraphQLException($"{operation} rejected: {string.Join("; ", outcome.Report.Errors.Select(e => e.Message))}",
                    ErrorCodes.BadUserInput, new Dictionary<string, object?> { ["issues"] = issues });
            }
            return snapshot;
        }
        finally
        {
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        }
    }

    private static Dictionary<string, object?> EnterpriseRow(IReadOnlyDictionary<string, object?> i) => new()
    {
        ["id"] = i["id"], ["name"] = i["name"], ["district"] = i.GetValueOrDefault("district"), ["region"] = i.GetValueOrDefault("region"),
        ["country"] = i["country"], ["industry_code"] = i.GetValueOrDefault("industryCode"), ["annual_output"] = i["annualOutput"],
        ["revenue"] = i.GetValueOrDefault("revenue"), ["tax"] = i.GetValueOrDefault("tax"),
        ["employees"] = i.GetValueOrDefault("employees"),
        ["rd_ratio"] = i.GetValueOrDefault("rdRatio"), ["energy_per_output"] = i.GetValueOrDefault("energyPerOutput"),
        ["market_share"] = i.GetValueOrDefault("marketShare"), ["founded"] = Date(i.GetValueOrDefault("founded")),
        ["labels"] = i.GetValueOrDefault("labels") is IEnumerable<object?> labels
            ? Vocabulary.FormatLabels(labels.OfType<EnterpriseLabels>().Aggregate(EnterpriseLabels.None, (a, l) => a | l)) : null,
        ["status"] = i.GetValueOrDefault("status") is EnterpriseStatus status ? Vocabulary.Word(status) : null,
        ["city"] = i.GetValueOrDefault("city"), ["land_area"] = i.GetValueOrDefault("landArea"),
        ["compliance"] = i.GetValueOrDefault("compliance") is IEnumerable<object?> findings
            ? Vocabulary.FormatCompliance(findings.OfType<ComplianceFlags>().Aggregate(ComplianceFlags.None, (a, f) => a | f)) : null,
    };

    private static Dictionary<string, object?> MembershipRow(string enterpriseId, IReadOnlyDictionary<string, object?> m) => new()
    {
        ["enterprise_id"] = enterpriseId, ["segment_id"] = m["segmentId"], ["role"] = Vocabulary.Word((SegmentRole)m["role"]!),
    };

    private static string? Date(object? value) => value is DateOnly d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
}

/// <summary>The <c>RemovalResult</c> GraphQL type.</summary>
public sealed record RemovalResult(bool Removed, long Records, long SnapshotVersion);
