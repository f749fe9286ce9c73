using MathNet.Numerics.LinearAlgebra;

namespace ChainGraph.Analysis.Risk.Models;

/// <summary>
/// Fits an L2-regularised logistic regression by iteratively reweighted least squares (Newton's method on the
/// penalised log-likelihood): β ← β + (XᵀWX + λD)⁻¹ (Xᵀ(y − p) − λDβ), D = diag(0, 1, …, 1) so the intercept is free,
/// with step halving whenever the objective would fall. The Newton system is solved by MathNet's Cholesky.
/// </summary>
internal static class LogisticRegression
{
    public static LogisticModel Fit(double[] values, int rows, bool[] labels, LogisticOptions options, CancellationToken cancellationToken = default)
    {
        var columns = values.Length / Math.Max(1, rows);
        var standardizer = Standardizer.Fit(values, rows, columns);
        var z = Design(values, rows, columns, standardizer);
        var y = labels.Select(l => l ? 1.0 : 0.0).ToArray();
        var beta = new double[columns + 1];
        beta[0] = LogOdds.Logit(Math.Clamp(y.Average(), 1e-6, 1 - 1e-6));
        var objective = Objective(z, y, beta, options.L2);
        var iterations = 0;
        var converged = false;
        while (iterations < options.MaxIterations && !converged)
        {
            cancellationToken.ThrowIfCancellationRequested();
            iterations++;
            var step = NewtonStep(z, y, beta, options.L2);
            (beta, objective, var moved) = LineSearch(z, y, beta, step, objective, options.L2);
            converged = moved < options.Tolerance;
        }
        return new LogisticModel(beta[0], beta[1..], standardizer, iterations, converged);
    }

    /// <summary>Penalised log-likelihood ℓ(β) − λ/2 Σ_{j≥1} βⱼ² (to be maximised).</summary>
    internal static double Objective(Matrix<double> z, double[] y, double[] beta, double l2)
    {
        var eta = z * Vector<double>.Build.DenseOfArray(beta);
        var total = 0.0;
        for (var i = 0; i < y.Length; i++) total += y[i] * eta[i] - LogOdds.Softplus(eta[i]);
        for (var j = 1; j < beta.Length; j++) total -= 0.5 * l2 * beta[j] * beta[j];
        return total;
    }

    private static double[] NewtonStep(Matrix<double> z, double[] y, double[] beta, double l2)
    {
        var p = z.ColumnCount;
        var eta = z * Vector<double>.Build.DenseOfArray(beta);
        var hessian = Matrix<double>.Build.Dense(p, p);
        var gradient = Vector<double>.Build.Dense(p);
        var row = new double[p];
        for (var i = 0; i < y.Length; i++)
        {
            var prob = LogOdds.Sigmoid(eta[i]);
            var w = Math.Max(prob * (1 - prob), 1e-12);
            for (var a = 0; a < p; a++) row[a] = z[i, a];
            for (var a = 0; a < p; a++)
            {
                gradient[a] += row[a] * (y[i] - prob);
                for (var b = 0; b <= a; b++) hessian[a, b] += w * row[a] * row[b];
            }
        }
        for (var a = 0; a < p; a++)
        {
            for (var b = 0; b < a; b++) hessian[b, a] = hessian[a, b];
        }
        for (var j = 1; j < p; j++)
        {
            hessian[j, j] += l2;
            gradient[j] -= l2 * beta[j];
        }
        return hessian.Cholesky().Solve(gradient).ToArray();
    }

    private static (double[] Beta, double Objective, double Moved) LineSearch(Matrix<double> z, double[] y, double[] beta, double[] step, double objective, double l2)
    {
        for (var scale = 1.0; scale > 1e-6; scale /= 2)
        {
            var candidate = beta.Select((b, j) => b + scale * step[j]).ToArray();
            var value = Objective(z, y, candidate, l2);
            if (value >= objective - 1e-12) return (candidate, value, step.Max(Math.Abs) * scale);
        }
        return (beta, objective, 0);
    }

    private static Matrix<double> Design(double[] values, int rows, int columns, Standardizer standardizer)
    {
        var z = Matrix<double>.Build.Dense(rows, columns + 1);
        for (var i = 0; i < rows; i++)
        {
            z[i, 0] = 1;
            for (var j = 0; j < columns; j++) z[i, j + 1] = standardizer.Apply(j, values[i * columns + j]);
        }
        return z;
    }
}
