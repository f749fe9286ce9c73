namespace ChainGraph.Analysis.Pipeline;

/// <summary>Why a firm is in the pipeline.</summary>
public enum PipelineStanding
{
    /// <summary>Crossed a 登峰计划 tier for the first time this year (last year's output was below it).</summary>
    Crossed,
    /// <summary>Meets every criterion of the next recognition rung: ready to apply.</summary>
    Qualifies,
    /// <summary>Within the near margin of the next rung on every criterion it misses.</summary>
    Near,
}
