namespace ChainGraph.Analysis.Risk.Models;

/// <summary>
/// Maps a raw score to a probability, fitted on rows the model was not trained on. Platt: σ(<see cref="A"/>·s + <see cref="B"/>)
/// with Platt's smoothed targets (N₊+1)/(N₊+2) and 1/(N₋+2). Isotonic: pool-adjacent-violators blocks
/// (<see cref="X"/> = mean score, <see cref="Y"/> = positive rate per block), linearly interpolated between block centres,
/// kept within [0.0001, 0.9999].
/// </summary>
internal sealed record Calibrator(CalibrationMethod Method, double A, double B, double[] X, double[] Y)
{
    private const double Floor = 1e-4;

    public static Calibrator Identity { get; } = new(CalibrationMethod.Platt, 1, 0, [], []);

    public double Apply(double score) => Method == CalibrationMethod.Platt
        ? LogOdds.Sigmoid(A * score + B)
        : Math.Clamp(Interpolate(score), Floor, 1 - Floor);

    public static Calibrator Fit(CalibrationMethod method, double[] scores, bool[] labels) => method == CalibrationMethod.Platt
        ? Platt(scores, labels)
        : Isotonic(scores, labels);

    // Newton's method with backtracking (Lin, Lin & Weng 2007, "A note on Platt's probabilistic outputs"), from a = 0 and
    // b = the log-odds of the smoothed base rate; plain Newton from a = 1 overshoots when the scores are far from calibrated.
    private static Calibrator Platt(double[] scores, bool[] labels)
    {
        var positives = labels.Count(l => l);
        var negatives = labels.Length - positives;
        var (high, low) = ((positives + 1.0) / (positives + 2.0), 1.0 / (negatives + 2.0));
        var target = labels.Select(l => l ? high : low).ToArray();
        var (a, b) = (0.0, LogOdds.Logit((positives + 1.0) / (labels.Length + 2.0)));
        var loss = PlattLoss(scores, target, a, b);
        for (var iteration = 0; iteration < 100; iteration++)
        {
            var (da, db) = PlattStep(scores, target, a, b);
            var step = 1.0;
            while (step > 1e-10 && PlattLoss(scores, target, a - step * da, b - step * db) > loss + 1e-12) step /= 2;
            if (step <= 1e-10) break;
            (a, b) = (a - step * da, b - step * db);
            loss = PlattLoss(scores, target, a, b);
            if (Math.Max(Math.Abs(step * da), Math.Abs(step * db)) < 1e-10) break;
        }
        return new Calibrator(CalibrationMethod.Platt, a, b, [], []);
    }

    private static (double Da, double Db) PlattStep(double[] scores, double[] target, double a, double b)
    {
        double ga = 0, gb = 0, haa = 1e-12, hab = 0, hbb = 1e-12;
        for (var i = 0; i < scores.Length; i++)
        {
            var p = LogOdds.Sigmoid(a * scores[i] + b);
            var (d, w) = (p - target[i], Math.Max(p * (1 - p), 1e-12));
            (ga, gb) = (ga + d * scores[i], gb + d);
            (haa, hab, hbb) = (haa + w * scores[i] * scores[i], hab + w * scores[i], hbb + w);
        }
        var det = haa * hbb - hab * hab;
        return Math.Abs(det) < 1e-24 ? (0, 0) : ((hbb * ga - hab * gb) / det, (haa * gb - hab * ga) / det);
    }

    private static double PlattLoss(double[] scores, double[] target, double a, double b)
    {
        var total = 0.0;
        for (var i = 0; i < scores.Length; i++)
        {
            var t = a * scores[i] + b;
            total += LogOdds.Softplus(t) - target[i] * t;
        }
        return total;
    }

    // Tied scores start as one block, so equal scores always get equal probabilities.
    private static Calibrator Isotonic(double[] scores, bool[] labels)
    {
        var ties = Enumerable.Range(0, scores.Length).GroupBy(i => scores[i]).OrderBy(g => g.Key);
        var blocks = new List<(double SumX, double SumY, int Count)>();
        foreach (var tie in ties)
        {
            blocks.Add((tie.Key * tie.Count(), tie.Count(i => labels[i]), tie.Count()));
            while (blocks.Count > 1 && Mean(blocks[^2]) >= Mean(blocks[^1]))
            {
                var (last, previous) = (blocks[^1], blocks[^2]);
                blocks.RemoveRange(blocks.Count - 2, 2);
                blocks.Add((previous.SumX + last.SumX, previous.SumY + last.SumY, previous.Count + last.Count));
            }
        }
        return new Calibrator(CalibrationMethod.Isotonic, 1, 0, [.. blocks.Select(b => b.SumX / b.Count)], [.. blocks.Select(Mean)]);
    }

    private static double Mean((double SumX, double SumY, int Count) block) => block.SumY / block.Count;

    private double Interpolate(double score)
    {
        if (X.Length == 0) return 0.5;
        if (score <= X[0]) return Y[0];
        if (score >= X[^1]) return Y[^1];
        var k = Array.BinarySearch(X, score);
        if (k >= 0) return Y[k];
        k = ~k;
        var t = (score - X[k - 1]) / (X[k] - X[k - 1]);
        return Y[k - 1] + t * (Y[k] - Y[k - 1]);
    }
}
