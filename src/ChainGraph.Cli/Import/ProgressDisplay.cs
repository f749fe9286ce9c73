using ChainGraph.Storage.Import;
using Spectre.Console;

namespace ChainGraph.Cli.Import;

/// <summary>
/// Shows import progress: Spectre.Console bars on an interactive terminal, otherwise one line per file
/// and phase plus a line every ~10% (so logs and CI output stay readable).
/// </summary>
public static class ProgressDisplay
{
    public static Task<T> RunAsync<T>(TextWriter error, Func<IProgress<ImportProgress>, Task<T>> work)
    {
        if (Console.IsErrorRedirected || !ReferenceEquals(error, Console.Error)) return work(new LineProgress(error));
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(context => work(new BarProgress(context)));
    }

    private sealed class LineProgress(TextWriter error) : IProgress<ImportProgress>
    {
        private (string Phase, string File) _current;
        private int _tenths = -1;

        public void Report(ImportProgress value)
        {
            if (value.IsStep)
            {
                (_current, _tenths) = ((value.Phase, value.File), -1);
                error.WriteLine($"{value.Phase} {value.File}");
                return;
            }
            var tenths = value.BytesTotal == 0 ? 10 : (int)(value.BytesRead * 10 / value.BytesTotal);
            if ((value.Phase, value.File) != _current) (_current, _tenths) = ((value.Phase, value.File), -1);
            if (tenths == _tenths) return;
            _tenths = tenths;
            error.WriteLine($"{value.Phase} {value.File}: {tenths * 10}% ({value.Rows:N0} rows)");
        }
    }

    private sealed class BarProgress(ProgressContext context) : IProgress<ImportProgress>
    {
        private readonly Dictionary<(string, string), ProgressTask> _tasks = [];
        private ProgressTask? _step;

        // A step spins until the next report, which completes it.
        public void Report(ImportProgress value)
        {
            if (_step is { } step) step.Value = step.MaxValue;
            _step = null;
            var key = (value.Phase, value.File);
            if (!_tasks.TryGetValue(key, out var task))
                _tasks[key] = task = context.AddTask(Markup.Escape($"{value.Phase} {value.File}"), maxValue: Math.Max(1, value.BytesTotal));
            if (value.IsStep) (task.IsIndeterminate, _step) = (true, task);
            else task.Value = value.BytesRead;
        }
    }
}
