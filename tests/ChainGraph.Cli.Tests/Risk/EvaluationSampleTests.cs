using ChainGraph.Domain;
using ChainGraph.Analysis.Evaluation;

namespace ChainGraph.Cli.Tests.Risk;

/// <summary>The enterprise evaluation over the whole bundled sample: the policy's rules hold for every firm.</summary>
public sealed class EvaluationSampleTests(BundledSample sample) : IClassFixture<BundledSample>
{
    private EvaluationReport Report { get; } = EnterpriseEvaluator.Evaluate(sample.Dataset);

    [Fact]
    public void Evaluate_Sample_NoOwnerCoreLittleGiantOrChampionAdvisedToTransferOrClose()
    {
        var protectedFirms = Report.Enterprises.Where(e => e.Protection != Protection.None).ToList();

        protectedFirms.Should().NotBeEmpty();
        protectedFirms.Should().OnlyContain(e => e.Class != GuidanceClass.AssistTransfer && e.Class != GuidanceClass.Eliminate && e.Class != GuidanceClass.KeepHeadquarters);
        var owners = sample.Dataset.Memberships.Where(m => m.Role == SegmentRole.Owner).Select(m => m.EnterpriseId).ToHashSet();
        Report.Enterprises.Where(e => owners.Contains(e.EnterpriseId)).Should().OnlyContain(e => e.Class == null || e.Reasons.Any(r => r.Zh.Contains("链主企业") && r.Zh.Contains("总部与生产均留在本市")));
    }

    [Fact]
    public void Evaluate_Sample_EveryEliminationHasAComplianceReasonAndEveryComplianceFindingIsActedOn()
    {
        var eliminated = Report.Enterprises.Where(e => e.Class == GuidanceClass.Eliminate).ToList();

        eliminated.Should().NotBeEmpty("the sample records compliance findings");
        eliminated.Should().OnlyContain(e => e.Compliance != ComplianceFlags.None && e.Reasons[0].Zh.StartsWith("依法淘汰：") && e.Reasons[0].Zh.Contains("合规记录"));
        Report.Enterprises.Where(e => e.Compliance != ComplianceFlags.None && e.Class is not null)
            .Should().OnlyContain(e => e.Class == GuidanceClass.Eliminate || e.Reasons.Any(r => r.Zh.Contains("督促整改")));
    }

    [Fact]
    public void Evaluate_Sample_NoChipDesignSoftwareOrRdIntensiveFirmCalledBackwardOrTransferred()
    {
        var design = Report.Enterprises.Where(e => e.IndustryCode is { } c && c.StartsWith("I65", StringComparison.Ordinal) || e.Signals.HasFlag(IndicatorSignals.RdIntensive)).ToList();

        design.Should().HaveCountGreaterThan(100);
        design.Should().OnlyContain(e => e.Reasons.All(r => !r.Zh.Contains("落后产能") && !r.En.Contains("obsolete")));
        design.Should().OnlyContain(e => e.Class != GuidanceClass.AssistTransfer);
        Report.Enterprises.SelectMany(e => e.Reasons).Should().NotContain(r => r.Zh.Contains("落后产能"));
    }

    [Fact]
    public void Evaluate_Sample_TransferIsASmallMinority()
    {
        var classified = Report.Enterprises.Where(e => e.Class is not null).ToList();
        var transfer = classified.Count(e => e.Class == GuidanceClass.AssistTransfer);

        transfer.Should().BeGreaterThan(0);
        ((double)transfer / classified.Count).Should().BeLessThan(0.05, "the plan's transfer class is the exception: labour-intensive, low-value processing stages");
        Report.Enterprises.Where(e => e.Class == GuidanceClass.AssistTransfer).Should().OnlyContain(e =>
            e.IndustryCode!.StartsWith('C') && e.Signals.HasFlag(IndicatorSignals.LowValueAdded) && !e.Signals.HasFlag(IndicatorSignals.RdIntensive));
    }

    [Fact]
    public void Evaluate_Sample_EveryPeerGroupIsNamedAndAdequate()
    {
        Report.Enterprises.Should().OnlyContain(e => e.Reasons.Contains(e.Peers.Description));
        Report.Enterprises.Should().OnlyContain(e => e.Peers.Count >= Report.Settings.MinimumPeerGroup || e.Peers.Level == PeerLevel.All);
        Report.Enterprises.Where(e => e.Peers.FellBackFrom is not null).Should().OnlyContain(e => e.Peers.Description.Zh.Contains("改在") && e.Peers.Description.Zh.Contains(e.Peers.Code));
        Report.Enterprises.Where(e => e.Peers.FellBackFrom is null && e.Peers.Level != PeerLevel.All).Should().OnlyContain(e => e.Peers.Description.Zh.Contains(e.Peers.Code));
    }

    [Fact]
    public void Evaluate_Sample_LandMeasuresWhereLandIsRecorded()
    {
        var withLand = Report.Enterprises.Where(e => sample.Dataset.Enterprises.First(f => f.Id == e.EnterpriseId).LandArea is > 0).ToList();

        withLand.Should().NotBeEmpty().And.OnlyContain(e => e.Land != null && e.Reasons.Any(r => r.Zh.Contains("万元/亩")));
    }
}
