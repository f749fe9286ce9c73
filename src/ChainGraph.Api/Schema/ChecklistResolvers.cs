using ChainGraph.Reporting;
using ChainGraph.Analysis.Checklist;
using ChainGraph.Domain.Text;
using static ChainGraph.Api.Schema.RequestScope;
using ChainGraph.Domain;

namespace ChainGraph.Api.Schema;

/// <summary>
/// Resolvers of the checklist's text in the caller's language (reasons, severity terms, action and instrument) and of
/// the supply records to verify (核实供应记录).
/// </summary>
internal static class ChecklistResolvers
{
    private const int MaxPage = 500;

    public static void Register(ResolverRegistry r) => r
        .Field("ChecklistItem", "reasons", ctx => Item(ctx).ReasonsIn(ctx.Language))
        .Field("ChecklistItem", "terms", ctx => Item(ctx).Terms)
        .Field("ChecklistItem", "actionName", ctx => BriefingVocabulary.Name(Item(ctx).Action, ctx.Language))
        .Field("SeverityTerm", "name", ctx => ((SeverityTerm)ctx.Parent!).Term)
        .Field("SeverityTerm", "value", ctx => ((SeverityTerm)ctx.Parent!).Amount)
        .Field("SeverityTerm", "description", ctx => ((SeverityTerm)ctx.Parent!).Text.In(ctx.Language))
        .Field("PolicyInstrument", "name", ctx => ctx.Language == Language.En ? Instrument(ctx).EnglishName : Instrument(ctx).Name)
        .Field("PolicyInstrument", "section", ctx => ctx.Language == Language.En
            ? $"measure {Instrument(ctx).Section.Trim('第', '条')}"
            : Instrument(ctx).Section)
        .Field("PolicyInstrument", "support", ctx => Instrument(ctx).SupportIn(ctx.Language))
        .Field("PolicyInstrument", "citation", ctx => Instrument(ctx).Cite(ctx.Language))
        .Field("SupplyRecordToVerify", "reason", ctx => ((SupplyRecordToVerifyView)ctx.Parent!).Record.Reason.In(ctx.Language))
        .Field("Query", "supplyRecordsToVerify", Verify);

    private static ChecklistItem Item(ResolveContext ctx) => ((ChecklistItemView)ctx.Parent!).Item;

    private static PolicyInstrument Instrument(ResolveContext ctx) => (PolicyInstrument)ctx.Parent!;

    private static object Verify(ResolveContext ctx)
    {
        var s = SnapshotOf(ctx);
        var chainId = ctx.Argument<string>("chainId");
        if (chainId is not null) QueryResolvers.RequireChain(s, chainId);
        var records = s.SupplyRecordsToVerify(chainId);
        return Connection<SupplyRecordToVerifyView>.Of([.. records.Select(v => new SupplyRecordToVerifyView(s, v))],
            ctx.Argument<int?>("first"), ctx.Argument<string>("after"), MaxPage);
    }
}
