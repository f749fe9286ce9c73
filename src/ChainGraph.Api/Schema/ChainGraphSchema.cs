using ChainGraph.Analysis.Chains;
using ChainGraph.Analysis.Checklist;
using ChainGraph.Domain;
using ChainGraph.Analysis.Evaluation;
using ChainGraph.Analysis.Owners;
using ChainGraph.Analysis.Risk.Assessment;
using ChainGraph.Api.Security;
using GraphQL;
using GraphQL.Types;
using GraphQLParser;
using GraphQLParser.AST;

namespace ChainGraph.Api.Schema;

/// <summary>
/// Builds the executable schema, schema-first: GraphQL.NET reads the checked-in SDL (<c>schema.graphql</c>, the
/// contract, descriptions included) and this folder's resolvers are attached by (type, field).
/// </summary>
public static class ChainGraphSchema
{
    // The cost directive the SDL applies to lists; declared here (as the old engine did) so the SDL file stays the
    // contract clients read, and printed with the schema so graphql-js can build it.
    private const string CostDirectives = "\n\"The expected length of a list, for the query cost limit.\"\ndirective @listSize(assumedSize: Int, slicingArguments: [String!]) on FIELD_DEFINITION\n";

    public static string SdlPath => Path.Combine(AppContext.BaseDirectory, "schema.graphql");

    public static global::GraphQL.Types.ISchema Build()
    {
        var sdl = File.ReadAllText(SdlPath) + CostDirectives;
        var document = Parser.Parse(sdl);
        var registry = new ResolverRegistry(document);
        QueryResolvers.Register(registry);
        NodeResolvers.Register(registry);
        MutationResolvers.Register(registry);
        RiskResolvers.Register(registry);
        ChecklistResolvers.Register(registry);
        CandidateResolvers.Register(registry);
        ProjectResolvers.Register(registry);
        PipelineResolvers.Register(registry);
        FiguresResolvers.Register(registry);
        var builder = new BoundSchemaBuilder(Enums);
        registry.AttachTo(builder);
        builder.Types.For("Node").ResolveType = value => value switch
        {
            EnterpriseView => builder.ObjectType("Enterprise")!,
            ChainView => builder.ObjectType("Chain")!,
            SegmentView => builder.ObjectType("Segment")!,
            _ => null!,
        };
        var schema = builder.Build(sdl);
        // GraphQL.NET 8 has no built-in @specifiedBy; declared so the scalars keep the URLs the SDL gives them.
        schema.Directives.Register(new Directive("specifiedBy", GraphQLParser.AST.DirectiveLocation.Scalar)
        {
            Description = "Exposes a URL that specifies the behaviour of this scalar.",
            Arguments = new QueryArguments(new QueryArgument<NonNullGraphType<StringGraphType>> { Name = "url",
            Description = "The URL that specifies the behaviour of this scalar." }),
        });
        schema.RegisterType(AsDeclared(new DateScalar(), document));
        schema.RegisterType(AsDeclared(new DateTimeScalar(), document));
        // Introspection as graphql-js 16 answers getIntrospectionQuery with every option on.
        schema.Features.RepeatableDirectives = true;
        schema.Features.DeprecationOfInputValues = true;
        schema.Filter = new EveryDirectiveFilter();
        schema.Initialize();
        CompleteIntrospection(schema);
        return schema;
    }

    // GraphQL.NET 8 lists only executable directives, its __Type has no specifiedByURL and its __Directive.args no
    // includeDeprecated (graphql-js 16 has all three); completed after initialisation so getIntrospectionQuery with every option on is
    // answered. No argument of this schema's directives is deprecated, so includeDeprecated changes nothing.
    private static void CompleteIntrospection(ISchema schema)
    {
        var args = ((IObjectGraphType)schema.AllTypes["__Directive"]!).GetField("args")!;
        if (args.Arguments?.Find("includeDeprecated") is null)
        {
            args.Arguments ??= new QueryArguments();
            args.Arguments.Add(new QueryArgument(schema.AllTypes["Boolean"]!) { Name = "includeDeprecated", DefaultValue = false });
        }

        var type = (IObjectGraphType)schema.AllTypes["__Type"]!;
        if (type.HasField("specifiedByURL")) return;
        type.AddField(new FieldType
        {
            Name = "specifiedByURL",
            Description = "A URL that specifies the behaviour of this scalar.",
            ResolvedType = new StringGraphType(),
            Resolver = new global::GraphQL.Resolvers.FuncFieldResolver<object?>(ctx =>
                ctx.Source is ScalarGraphType scalar ? scalar.FindAppliedDirective("specifiedBy")?.FindArgument("url")?.Value : null),
        });
    }

    // The scalar as the SDL declares it: its description and @specifiedBy URL.
    private static ScalarGraphType AsDeclared(ScalarGraphType scalar, GraphQLDocument document)
    {
        var declared = document.Definitions.OfType<GraphQLScalarTypeDefinition>().Single(d => d.Name == scalar.Name);
        scalar.Description = declared.Description?.Value.ToString();
        if (declared.Directives?.Items.FirstOrDefault(
            d => d.Name == "specifiedBy")?.Arguments?.Items.Single().Value is GraphQLStringValue url)
        {
            scalar.ApplyDirective("specifiedBy", "url", url.Value.ToString());
        }

        return scalar;
    }

    private static readonly IReadOnlyDictionary<string, Type> Enums = new Dictionary<string, Type>
    {
        ["Role"] = typeof(Role), ["ChainCategory"] = typeof(ChainCategory), ["Stage"] = typeof(Stage),
        ["SegmentRole"] = typeof(SegmentRole),
        ["LinkKind"] = typeof(LinkKind), ["Location"] = typeof(Domain.Location), ["Label"] = typeof(EnterpriseLabels),
        ["ComplianceFlag"] = typeof(ComplianceFlags), ["DengfengTier"] = typeof(DengfengTier),
        ["EnterpriseStatus"] = typeof(EnterpriseStatus), ["EventType"] = typeof(EventType), ["ChokepointKind"] = typeof(ChokepointKind),
        ["ChecklistItemType"] = typeof(ChecklistItemType), ["SeverityLevel"] = typeof(SeverityLevel), ["ChainAction"] = typeof(ChainAction),
        ["ChangeKind"] = typeof(ChangeKind), ["RiskLevel"] = typeof(RiskLevel), ["GuidanceClass"] = typeof(GuidanceClass),
        ["EvaluationIndicator"] = typeof(EvaluationIndicator), ["OwnerStatus"] = typeof(OwnerStatus),
        ["OwnerCriterion"] = typeof(OwnerCriterion), ["SupplierStanding"] = typeof(Analysis.Chains.SupplierStanding),
        ["Language"] = typeof(Domain.Text.Language), ["ProjectStatus"] = typeof(ProjectStatus),
        ["PipelineRung"] = typeof(Analysis.Pipeline.PipelineRung), ["PipelineLadder"] = typeof(Analysis.Pipeline.PipelineLadder),
        ["PipelineStanding"] = typeof(Analysis.Pipeline.PipelineStanding), ["RungCriterion"] = typeof(Analysis.Pipeline.RungCriterion),
    };
}
