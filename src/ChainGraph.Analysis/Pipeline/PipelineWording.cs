using System.Globalization;
using ChainGraph.Domain.Text;

namespace ChainGraph.Analysis.Pipeline;

/// <summary>
/// The words of the cultivation pipeline in both languages: rungs, standings, checks with their units, rewards and their basis.
/// </summary>
public static class PipelineWording
{
    public static Localized Rung(PipelineRung rung) => rung switch
    {
        PipelineRung.InnovativeSme => new("创新型中小企业", "innovative SME"),
        PipelineRung.Specialized => new("专精特新中小企业", "specialised SME (专精特新)"),
        PipelineRung.LittleGiant => new("专精特新“小巨人”", "little giant"),
        PipelineRung.Champion => new("单项冠军", "single-item champion"),
        PipelineRung.Over100 => new("登峰计划百亿级（年产值 100 亿元以上）", "登峰 tier 100 (output of 100 (100m CNY) or more)"),
        PipelineRung.Over500 => new("登峰计划五百亿级（年产值 500 亿元以上）", "登峰 tier 500 (output of 500 (100m CNY) or more)"),
        _ => new("登峰计划千亿级（年产值 1000 亿元以上）", "登峰 tier 1000 (output of 1000 (100m CNY) or more)"),
    };

    public static Localized Ladder(PipelineLadder ladder) =>
        ladder == PipelineLadder.Output ? new("登峰计划产值梯队", "登峰 output tiers") : new("专精特新梯度", "recognition ladder");

    public static Localized Standing(PipelineStanding standing) => standing switch
    {
        PipelineStanding.Crossed => new("首次跨档", "crossed for the first time"),
        PipelineStanding.Qualifies => new("已达标准", "meets the criteria"),
        _ => new("接近标准", "near"),
    };

    /// <summary>One criterion in words, with its unit; "not recorded" when the data has no value.</summary>
    public static Localized Check(RungCriterion criterion, double? value, double threshold, bool maximum)
    {
        var (zh, en) = Names(criterion);
        var limit = new Localized((maximum ? "< " : "≥ ") + Format(criterion, threshold, Language.Zh),
            (maximum ? "< " : "≥ ") + Format(criterion, threshold, Language.En));
        return value is not { } v
            ? new($"{zh}：数据未记录（标准 {limit.Zh}）", $"{en}: not recorded (criterion {limit.En})")
            : new($"{zh} {Format(criterion, v, Language.Zh)}（标准 {limit.Zh}）",
            $"{en} {Format(criterion, v, Language.En)} (criterion {limit.En})");
    }

    /// <summary>Where the reward of the entry's target rung comes from.</summary>
    public static Localized RewardBasis(PipelineRung target)
    {
        var article = PolicyCitation.Manufacturing(PipelineRungs.Article(target));
        return PipelineRungs.LadderOf(target) == PipelineLadder.Output
            ? new($"{article.Zh}：年度产值首次达到 100 亿元、500 亿元、1000 亿元的，分别给予 300 万元、1000 万元、2000 万元一次性奖励",
                $"{article.En}: a one-off reward of 3, 10 or 20 million CNY on first reaching an output of 100, 500 or 1000 (100m CNY)")
            : PipelineRungs.Reward(target) is null
                ? new($"{article.Zh}未对{Rung(target).Zh}设奖励", $"{article.En} names no reward for an {Rung(target).En}")
                : new($"{article.Zh}：{Rung(target).Zh}最高奖励 {F(PipelineRungs.Reward(target)!.Value)} 万元",
                    $"{article.En}: up to {F(PipelineRungs.Reward(target)!.Value * 10)} thousand CNY for a {Rung(target).En}");
    }

    /// <summary>One line on the entry: what it reached or lacks, and the reward.</summary>
    public static Localized Summary(PipelineStanding standing, PipelineRung target, IReadOnlyList<RungCheck> checks, double? prior,
        double output, double? reward)
    {
        var rung = Rung(target);
        var money = reward is { } r ? new Localized($"，一次性奖励 {F(r)} 万元", $"; one-off reward {F(r)} (10k CNY)") : new Localized("", "");
        var missed = checks.Where(c => !c.Met).ToList();
        return standing switch
        {
            PipelineStanding.Crossed => new($"年产值首次达到{rung.Zh}门槛：上年 {F(prior ?? 0)} 亿元，本年 {F(output)} 亿元{money.Zh}",
                $"first reached {rung.En}: {F(prior ?? 0)} last year, {F(output)} this year (100m CNY){money.En}"),
            PipelineStanding.Qualifies => new($"已满足{rung.Zh}各项标准，可组织申报{money.Zh.Replace("一次性奖励", "奖励最高", StringComparison.Ordinal)}",
                $"meets every criterion of {rung.En}; ready to apply{money.En.Replace("one-off reward", "reward up to", StringComparison.Ordinal)}"),
            _ =>
                new($"接近{rung.Zh}：{string.Join("；", missed.Select(c => c.Detail.Zh))}",
                $"near {rung.En}: {string.Join("; ", missed.Select(c => c.Detail.En))}"),
        };
    }

    /// <summary>What the first-time crossing rests on.</summary>
    public static Localized Measured(bool priorOutputKnown) => priorOutputKnown
        ? new("首次跨档按上年产值判断：本年产值达到某一档、上年产值低于该档即为首次达到（更早年份的产值未纳入）",
            "a first-time crossing compares this year's output with last year's: at or above a tier now and below it last year (earlier years are not considered)")
        : new("数据只有本年产值，未提供上年产值，无法判断首次跨档；如需判断，请提供上年企业产值（pipeline 命令的 --prior-output 选项）",
            "the data holds this year's output only; without last year's output no first-time crossing can be found (pass it with the pipeline command's --prior-output)");

    /// <summary>What the pipeline rests on: the measures (a consultation draft) and whose thresholds they are.</summary>
    public static Localized Basis(PipelineCriteria criteria) => new(
        $"梯度培育依{PolicyCitation.Manufacturing(2).Zh}（登峰计划）和第13条（专精特新、单项冠军）；各梯级认定标准（研发投入占比、营业收入、成立年限、市场占有率、企业规模）的数值由产业主管部门设定，本表按默认值计算；接近标准指未达项与标准的差距不超过 {F(criteria.NearMargin * 100)}%",
        $"The pipeline follows {PolicyCitation.Manufacturing(2).En} (the 登峰 plan) and measure 13 (specialised SMEs, champions); the criteria of each rung (R&D intensity, revenue, years, market share, size) are the bureau's to set and the defaults are used here; near means every missed criterion is within {F(criteria.NearMargin * 100)}% of its threshold");

    private static (string Zh, string En) Names(RungCriterion criterion) => criterion switch
    {
        RungCriterion.RdRatio => ("研发投入占营业收入比重", "R&D share of revenue"),
        RungCriterion.Revenue => ("营业收入", "revenue"),
        RungCriterion.Years => ("成立年限", "years since founding"),
        RungCriterion.MarketShare => ("市场占有率", "market share"),
        RungCriterion.Employees => ("从业人员（中小企业规模）", "employees (SME size)"),
        _ => ("年产值", "annual output"),
    };

    private static string Format(RungCriterion criterion, double value, Language l) => criterion switch
    {
        RungCriterion.RdRatio or RungCriterion.MarketShare => F(value * 100) + "%",
        RungCriterion.Revenue or RungCriterion.Output => F(value) + (l == Language.Zh ? " 亿元" : " (100m CNY)"),
        RungCriterion.Years => F(value) + (l == Language.Zh ? " 年" : " years"),
        _ => F(value) + (l == Language.Zh ? " 人" : " people"),
    };

    private static string F(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
