using ChainGraph.Analysis.Risk.Models;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace ChainGraph.Analysis.Tests.Risk.Models;

public sealed class LogisticRegressionTests
{
    [Fact]
    public void Fit_OneBinaryFeatureWithoutPenalty_ReproducesTheGroupRates()
    {
        // The unpenalised MLE with one binary regressor has a closed form: P(y | x = 0) = 3/10, P(y | x = 1) = 7/10.
        var x = Enumerable.Repeat(0.0, 10).Concat(Enumerable.Repeat(1.0, 10)).ToArray();
        bool[] y = [true, true, true, false, false, false, false, false, false, false, true, true, true, true, true, true, true, false, false, false];

        var model = LogisticRegression.Fit(x, 20, y, LogisticOptions.Default with { L2 = 1e-12 });

        Sigmoid(model.Raw([0.0])).Should().BeApproximately(0.3, 1e-9);
        Sigmoid(model.Raw([1.0])).Should().BeApproximately(0.7, 1e-9);
        model.Converged.Should().BeTrue();
    }

    [Fact]
    public void Fit_WithL2_SatisfiesTheOptimalityConditions()
    {
        var (x, y, rows, columns) = RandomData(seed: 3, rows: 400, columns: 4);

        var model = LogisticRegression.Fit(x, rows, y, LogisticOptions.Default with { L2 = 5 });

        // ∂/∂β₀ = Σ (y − p) = 0 and ∂/∂wⱼ = Σ zⱼ (y − p) − λ wⱼ = 0 on the standardised features.
        var gradient = new double[columns + 1];
        for (var i = 0; i < rows; i++)
        {
            var row = x.AsSpan(i * columns, columns);
            var residual = (y[i] ? 1 : 0) - Sigmoid(model.Raw(row));
            gradient[0] += residual;
            for (var j = 0; j < columns; j++) gradient[j + 1] += model.Standardizer.Apply(j, row[j]) * residual;
        }
        for (var j = 0; j < columns; j++) gradient[j + 1] -= 5 * model.Weights[j];
        gradient.Should().OnlyContain(g => Math.Abs(g) < 1e-7);
    }

    [Theory]
    [InlineData(11, 0.5)]
    [InlineData(12, 2.0)]
    [InlineData(13, 20.0)]
    public void Fit_RandomData_MatchesMathNetBfgsOnThePenalisedLikelihood(int seed, double l2)
    {
        var (x, y, rows, columns) = RandomData(seed, rows: 300, columns: 3);
        var model = LogisticRegression.Fit(x, rows, y, LogisticOptions.Default with { L2 = l2 });

        var reference = BfgsReference(x, y, rows, columns, model.Standardizer, l2);

        model.Intercept.Should().BeApproximately(reference[0], 1e-5);
        for (var j = 0; j < columns; j++) model.Weights[j].Should().BeApproximately(reference[j + 1], 1e-5);
    }

    [Fact]
    public void Contributions_AnyRow_SumToTheLogitExactly()
    {
        var (x, y, rows, columns) = RandomData(seed: 5, rows: 200, columns: 6);
        var model = LogisticRegression.Fit(x, rows, y, LogisticOptions.Default);
        var phi = new double[columns];

        for (var i = 0; i < rows; i++)
        {
            var row = x.AsSpan(i * columns, columns);
            model.Contributions(row, phi);
            var sum = model.Baseline;
            foreach (var c in phi) sum += c;
            sum.Should().Be(model.Raw(row));
        }
    }

    // An independent optimiser (quasi-Newton, numerical line search) on the same objective, written out here.
    private static double[] BfgsReference(double[] x, bool[] y, int rows, int columns, Standardizer standardizer, double l2)
    {
        var objective = ObjectiveFunction.Gradient(beta =>
        {
            var value = 0.0;
            var gradient = Vector<double>.Build.Dense(columns + 1);
            for (var i = 0; i < rows; i++)
            {
                var eta = beta[0];
                for (var j = 0; j < columns; j++) eta += beta[j + 1] * standardizer.Apply(j, x[i * columns + j]);
                var p = Sigmoid(eta);
                value += Math.Log(1 + Math.Exp(eta)) - (y[i] ? eta : 0);
                gradient[0] += p - (y[i] ? 1 : 0);
                for (var j = 0; j < columns; j++) gradient[j + 1] += (p - (y[i] ? 1 : 0)) * standardizer.Apply(j, x[i * columns + j]);
            }
            for (var j = 1; j <= columns; j++)
            {
                value += 0.5 * l2 * beta[j] * beta[j];
                gradient[j] += l2 * beta[j];
            }
            return (value, gradient);
        });
        var result = new BfgsMinimizer(1e-10, 1e-12, 1e-14, 10_000).FindMinimum(objective, Vector<double>.Build.Dense(columns + 1));
        return result.MinimizingPoint.ToArray();
    }

    internal static (double[] X, bool[] Y, int Rows, int Columns) RandomData(int seed, int rows, int columns)
    {
        var rng = new Random(seed);
        var x = new double[rows * columns];
        var y = new bool[rows];
        for (var i = 0; i < rows; i++)
        {
            var eta = -0.5;
            for (var j = 0; j < columns; j++)
            {
                x[i * columns + j] = j % 2 == 0 ? rng.NextDouble() * 4 - 2 : rng.Next(2);
                eta += (j + 1) * 0.4 * (j % 3 == 1 ? -1 : 1) * x[i * columns + j];
            }
            y[i] = rng.NextDouble() < Sigmoid(eta);
        }
        return (x, y, rows, columns);
    }

    private static double Sigmoid(double t) => 1 / (1 + Math.Exp(-t));
}
