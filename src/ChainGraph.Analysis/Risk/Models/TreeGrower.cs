namespace ChainGraph.Analysis.Risk.Models;

/// <summary>
/// Grows one depth-limited regression tree on gradients g and hessians h of the log-loss (second-order, as XGBoost):
/// a split maximises G_L²/(H_L+λ) + G_R²/(H_R+λ) − G²/(H+λ) over every feature's histogram bins; a leaf's value is
/// −G/(H+λ) times the learning rate. Nodes are grown breadth-first from a queue, not recursively.
/// </summary>
internal sealed class TreeGrower(FeatureBins bins, GbdtOptions options)
{
    private readonly double[] _gradientHistogram = new double[256];
    private readonly double[] _hessianHistogram = new double[256];
    private readonly int[] _countHistogram = new int[256];

    private readonly record struct Pending(int Node, int Start, int End, int Depth);

    private readonly record struct Split(int Feature, int Bin, double Gain);

    /// <summary>Grows a tree on <paramref name="rows"/> (indices into the binned rows; reordered in place).</summary>
    public RegressionTree Grow(int[] rows, double[] gradient, double[] hessian)
    {
        var nodes = new NodeList();
        var queue = new Queue<Pending>();
        queue.Enqueue(new Pending(nodes.Add(rows.Length), 0, rows.Length, 0));
        while (queue.Count > 0)
        {
            var (node, start, end, depth) = queue.Dequeue();
            var (g, h) = Sums(rows, start, end, gradient, hessian);
            var split = depth < options.MaxDepth && end - start >= 2 * options.MinLeafRows ? BestSplit(rows, start, end, gradient, hessian, g, h) : null;
            if (split is not { } s)
            {
                nodes.MakeLeaf(node, -g / (h + options.L2) * options.LearningRate);
                continue;
            }
            var middle = Partition(rows, start, end, s);
            var left = nodes.Add(middle - start);
            var right = nodes.Add(end - middle);
            nodes.MakeSplit(node, s.Feature, bins.Edges[s.Feature][s.Bin], left, right);
            queue.Enqueue(new Pending(left, start, middle, depth + 1));
            queue.Enqueue(new Pending(right, middle, end, depth + 1));
        }
        return nodes.ToTree();
    }

    private static (double G, double H) Sums(int[] rows, int start, int end, double[] gradient, double[] hessian)
    {
        double g = 0, h = 0;
        for (var i = start; i < end; i++)
        {
            g += gradient[rows[i]];
            h += hessian[rows[i]];
        }
        return (g, h);
    }

    private Split? BestSplit(int[] rows, int start, int end, double[] gradient, double[] hessian, double g, double h)
    {
        Split? best = null;
        var parent = g * g / (h + options.L2);
        for (var feature = 0; feature < bins.Columns; feature++)
        {
            var count = bins.BinCount(feature);
            if (count < 2) continue;
            Histogram(bins.Column(feature), rows, start, end, gradient, hessian, count);
            double gl = 0, hl = 0;
            var cl = 0;
            for (var bin = 0; bin < count - 1; bin++)
            {
                gl += _gradientHistogram[bin];
                hl += _hessianHistogram[bin];
                cl += _countHistogram[bin];
                var (gr, hr, cr) = (g - gl, h - hl, end - start - cl);
                if (cl < options.MinLeafRows || cr < options.MinLeafRows || hl < options.MinChildHessian || hr < options.MinChildHessian) continue;
                var gain = gl * gl / (hl + options.L2) + gr * gr / (hr + options.L2) - parent;
                if (gain > 1e-12 && (best is null || gain > best.Value.Gain)) best = new Split(feature, bin, gain);
            }
        }
        return best;
    }

    private void Histogram(ReadOnlySpan<byte> column, int[] rows, int start, int end, double[] gradient, double[] hessian, int count)
    {
        Array.Clear(_gradientHistogram, 0, count);
        Array.Clear(_hessianHistogram, 0, count);
        Array.Clear(_countHistogram, 0, count);
        for (var i = start; i < end; i++)
        {
            var r = rows[i];
            var bin = column[r];
            _gradientHistogram[bin] += gradient[r];
            _hessianHistogram[bin] += hessian[r];
            _countHistogram[bin]++;
        }
    }

    // Rows with bin ≤ split bin first; the order inside each side does not matter (sums are order-independent up to rounding,
    // and the partition itself is deterministic).
    private int Partition(int[] rows, int start, int end, Split split)
    {
        var column = bins.Column(split.Feature);
        var (i, j) = (start, end - 1);
        while (i <= j)
        {
            if (column[rows[i]] <= split.Bin) i++;
            else (rows[i], rows[j--]) = (rows[j], rows[i]);
        }
        return i;
    }

    private sealed class NodeList
    {
        private readonly List<int> _feature = [];
        private readonly List<double> _threshold = [];
        private readonly List<int> _left = [];
        private readonly List<int> _right = [];
        private readonly List<double> _value = [];
        private readonly List<double> _cover = [];

        public int Add(int cover)
        {
            _feature.Add(-1);
            _threshold.Add(0);
            _left.Add(-1);
            _right.Add(-1);
            _value.Add(0);
            _cover.Add(cover);
            return _feature.Count - 1;
        }

        public void MakeLeaf(int node, double value) => _value[node] = value;

        public void MakeSplit(int node, int feature, double threshold, int left, int right)
        {
            (_feature[node], _threshold[node], _left[node], _right[node]) = (feature, threshold, left, right);
        }

        public RegressionTree ToTree() => new([.. _feature], [.. _threshold], [.. _left], [.. _right], [.. _value], [.. _cover]);
    }
}
