using System.Globalization;
using ChainGraph.Analysis.Chains;
using ChainGraph.Analysis.Checklist;
using ChainGraph.Analysis.Domain;
using ChainGraph.Analysis.Evaluation;
using ChainGraph.Analysis.Owners;
using ChainGraph.Analysis.Risk.Assessment;
using ChainGraph.Api.Security;
using ChainGraph.GraphQL;
using ChainGraph.GraphQL.Types;

namespace ChainGraph.Api.Schema;

/// <summary>Builds the executable schema: the checked-in SDL (<c>schema.graphql</c>) plus the resolvers of this folder.</summary>
public static class ChainGraphSchema
{
    public static string SdlPath => Path.Combine(AppContext.BaseDirectory, "schema.graphql");

    public static GraphQLExecutor Executor(ExecutionOptions? options = null) => new(Build(), options);

    public static GraphQLSchema Build()
    {
        var builder = SchemaBuilder.FromSdl(File.ReadAllText(SdlPath));
        BindEnums(builder);
        Scalars(builder);
        var registry = new ResolverRegistry(builder);
        QueryResolvers.Register(registry);
        NodeResolvers.Register(registry);
        MutationResolvers.Register(registry);
        RiskResolvers.Register(registry);
        return registry.Verified()
            .ResolveType("Node", (value, _) => value switch
            {
                EnterpriseView => "Enterprise",
                ChainView => "Chain",
                SegmentView => "Segment",
                _ => null,
            })
            .Build();
    }

    private static void BindEnums(SchemaBuilder builder) => builder
        .BindEnum<Role>("Role").BindEnum<ChainCategory>("ChainCategory").BindEnum<Stage>("Stage").BindEnum<SegmentRole>("SegmentRole")
        .BindEnum<LinkKind>("LinkKind").BindEnum<Location>("Location").BindEnum<EnterpriseLabels>("Label").BindEnum<ComplianceFlags>("ComplianceFlag").BindEnum<DengfengTier>("DengfengTier")
        .BindEnum<EnterpriseStatus>("EnterpriseStatus").BindEnum<EventType>("EventType").BindEnum<ChokepointKind>("ChokepointKind")
        .BindEnum<ChecklistItemType>("ChecklistItemType").BindEnum<SeverityLevel>("SeverityLevel").BindEnum<ChainAction>("ChainAction")
        .BindEnum<ChangeKind>("ChangeKind").BindEnum<RiskLevel>("RiskLevel").BindEnum<GuidanceClass>("GuidanceClass")
        .BindEnum<EvaluationIndicator>("EvaluationIndicator").BindEnum<OwnerStatus>("OwnerStatus").BindEnum<OwnerCriterion>("OwnerCriterion").BindEnum<Analysis.Text.Language>("Language");

    private static void Scalars(SchemaBuilder builder) => builder
        .Scalar("Date",
            value => value is DateOnly d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : throw new GraphQLException($"Date cannot represent {value}"),
            value => value is string s && DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                ? d : throw new GraphQLException($"Date must be a string yyyy-MM-dd, got {value}"))
        .Scalar("DateTime",
            value => value is DateTimeOffset t ? t.ToString("O", CultureInfo.InvariantCulture) : throw new GraphQLException($"DateTime cannot represent {value}"),
            value => value is string s && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)
                ? t : throw new GraphQLException($"DateTime must be an ISO 8601 string, got {value}"));
}
