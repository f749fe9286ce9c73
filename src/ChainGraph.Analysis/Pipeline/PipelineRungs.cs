using ChainGraph.Domain;

namespace ChainGraph.Analysis.Pipeline;

/// <summary>
/// The two ladders of the pipeline: which rung a firm stands on, the rung above it, the output a 登峰计划 tier starts at,
/// and the one-off reward the manufacturing measures (a consultation draft) offer on reaching a rung (万元).
/// </summary>
public static class PipelineRungs
{
    private static readonly PipelineRung[] Recognition =
        [PipelineRung.InnovativeSme, PipelineRung.Specialized, PipelineRung.LittleGiant, PipelineRung.Champion];

    private static readonly PipelineRung[] Output = [PipelineRung.Over100, PipelineRung.Over500, PipelineRung.Over1000];

    private static readonly Dictionary<PipelineRung, EnterpriseLabels> Labels = new()
    {
        [PipelineRung.InnovativeSme] = EnterpriseLabels.InnovativeSme,
        [PipelineRung.Specialized] = EnterpriseLabels.Specialized,
        [PipelineRung.LittleGiant] = EnterpriseLabels.LittleGiant,
        [PipelineRung.Champion] = EnterpriseLabels.Champion,
    };

    public static PipelineLadder LadderOf(PipelineRung rung) => Output.Contains(rung) ? PipelineLadder.Output : PipelineLadder.Recognition;

    /// <summary>The highest rung of <paramref name="ladder"/> the firm stands on; null below the first.</summary>
    public static PipelineRung? Current(Enterprise firm, PipelineLadder ladder) => ladder == PipelineLadder.Output
        ? Output.Where(r => firm.AnnualOutput >= OutputThreshold(r)).Cast<PipelineRung?>().LastOrDefault()
        : Recognition.Where(r => firm.Labels.HasFlag(Labels[r])).Cast<PipelineRung?>().LastOrDefault();

    /// <summary>The rung above <paramref name="current"/> on its ladder (the first rung when null); null at the top.</summary>
    public static PipelineRung? Next(PipelineRung? current, PipelineLadder ladder)
    {
        var rungs = ladder == PipelineLadder.Output ? Output : Recognition;
        var position = current is { } c ? Array.IndexOf(rungs, c) + 1 : 0;
        return position < rungs.Length ? rungs[position] : null;
    }

    /// <summary>Annual output (亿元) at which a 登峰计划 tier starts (第2条).</summary>
    public static double OutputThreshold(PipelineRung rung) => rung switch
    {
        PipelineRung.Over1000 => 1000,
        PipelineRung.Over500 => 500,
        PipelineRung.Over100 => DengfengTiers.ChainOwnerMinimumOutput,
        _ => throw new ArgumentOutOfRangeException(nameof(rung), rung, "not an output tier"),
    };

    /// <summary>
    /// The one-off reward (万元) on reaching a rung: a 登峰计划 tier for the first time (第2条: 2000 / 1000 / 300), the national
    /// 单项冠军 示范企业 title (第13条: 300), a national little giant (第13条: at most 50), a provincial 专精特新 firm (at most
    /// 20); null where the measures name none (创新型中小企业).
    /// </summary>
    public static double? Reward(PipelineRung rung) => rung switch
    {
        PipelineRung.Over1000 => 2000,
        PipelineRung.Over500 => 1000,
        PipelineRung.Over100 => 300,
        PipelineRung.Champion => 300,
        PipelineRung.LittleGiant => 50,
        PipelineRung.Specialized => 20,
        _ => null,
    };

    /// <summary>The measure of the manufacturing measures a rung's reward rests on (第2条 or 第13条).</summary>
    public static int Article(PipelineRung rung) => LadderOf(rung) == PipelineLadder.Output ? 2 : 13;
}
