using ChainGraph.Analysis.Risk.Models;
using Microsoft.ML;

namespace ChainGraph.Analysis.Risk.Learning;

/// <summary>
/// A model ML.NET trained: our scoring/explaining form of it, and ML.NET's own transformer (what is saved; null for the rule).
/// </summary>
internal sealed record TrainedLearner(IScoringModel Model, ITransformer? Transformer);
