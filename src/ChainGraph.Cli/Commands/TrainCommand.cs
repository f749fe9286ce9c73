using ChainGraph.Application;
using System.CommandLine;
using System.Globalization;
using ChainGraph.Analysis.Risk;
using ChainGraph.Analysis.Risk.Models;
using ChainGraph.Analysis.Risk.Training;
using ChainGraph.Cli.Risk;
using ChainGraph.Application.Risk;
using ChainGraph.Storage;

namespace ChainGraph.Cli.Commands;

/// <summary>
/// `chaingraph train`: retrains the disruption-likelihood models on the store's event history and saves the current model.
/// </summary>
public static class TrainCommand
{
    public static Command Create()
    {
        var store = StoreOption.Create();
        var output = new Option<string?>(
            "--out") { Description =
            $"Model file to write (default: {RiskModelFile.DefaultFileName} next to the store / under ${StoreFactory.DataFolderVariable})",
            HelpName = "MODEL.zip" };
        var model = new Option<string>(
            "--model") { Description = "Which learned model(s) to fit: logistic, gbdt or both (the rule baseline is always measured)",
            DefaultValueFactory = _ => "both" };
        model.AcceptOnlyFromAmong("logistic", "gbdt", "both");
        var cutoff = new Option<string?>(
            "--cutoff") { Description =
            "Start of the held-out test window (yyyy-MM-dd); default: end of the event history minus one horizon", HelpName = "DATE" };
        var horizon = new Option<int>("--horizon-months") { Description = "Label window: a disruption within this many months",
            DefaultValueFactory = _ => TrainingOptions.Default.HorizonMonths };
        var calibration = new Option<string>("--calibration") { Description = "platt or isotonic", DefaultValueFactory = _ => "platt" };
        calibration.AcceptOnlyFromAmong("platt", "isotonic");
        var trainer = new Option<string>("--trainer") { Description = "ML.NET trainer of the gradient-boosted trees: lightgbm or fasttree",
            DefaultValueFactory = _ => "lightgbm" };
        trainer.AcceptOnlyFromAmong("lightgbm", "fasttree");
        var seed = new Option<int>("--seed") { Description = "Seed for the trees' row sampling",
            DefaultValueFactory = _ => TrainingOptions.Default.Seed };
        var lang = LanguageOption.Create();
        var command = new Command("train", "Retrain the disruption-likelihood models with ML.NET (L-BFGS logistic regression, LightGBM or FastTree gradient-boosted trees) with a time-based split, print held-out metrics against the rule baseline, and save the model")
        {
            store, output, model, cutoff, horizon, calibration, trainer, seed,
        };
        command.SetAction(async (parse, token) =>
        {
            var options = TrainingOptions.Default with
            {
                Models = Models(parse.GetValue(model)!),
                Cutoff = ParseDate(parse.GetValue(cutoff)),
                HorizonMonths = parse.GetValue(horizon) is var h and >= 1 and <= 120
                    ? h
                    : throw new UsageException("--horizon-months must be within 1–120"),
                Calibration = parse.GetValue(calibration) == "isotonic" ? CalibrationMethod.Isotonic : CalibrationMethod.Platt,
                Seed = parse.GetValue(seed),
                Gbdt = GbdtOptions.Default with { Trainer = parse.GetValue(trainer) == "fasttree"
                    ? GbdtTrainer.FastTree
                    : GbdtTrainer.LightGbm },
            };
            var storePath = parse.GetValue(store);
            using var graphStore = await StoreFactory.OpenAsync(storePath, cancellationToken: token);
            var path = RiskModelFile.PathFor(parse.GetValue(output), storePath);
            var trained = await RiskModelUseCase.TrainAsync(graphStore, options, path, token);
            var writer = parse.InvocationConfiguration.Output;
            var language = LanguageOption.Read(parse, lang);
            MetricsFormatter.Write(writer, trained, language);
            writer.WriteLine();
            writer.WriteLine(language == Domain.Text.Language.Zh
                ? $"模型已保存到 {Path.GetFullPath(path)}"
                : $"model saved to {Path.GetFullPath(path)}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static IReadOnlyList<LikelihoodModelKind> Models(string value) => value switch
    {
        "logistic" => [LikelihoodModelKind.Logistic],
        "gbdt" => [LikelihoodModelKind.Gbdt],
        _ => [LikelihoodModelKind.Logistic, LikelihoodModelKind.Gbdt],
    };

    private static DateOnly? ParseDate(string? text)
    {
        if (text is null) return null;
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new UsageException($"--cutoff '{text}' is not a date (yyyy-MM-dd)");
    }
}
