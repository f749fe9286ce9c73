using ChainGraph.Cli;
using ChainGraph.Cli.Commands;

return CliApp.Run(args,
[
    ImportCommand.Create(),
    ValidateCommand.Create(),
    StatsCommand.Create(),
    ChecklistCommand.Create(),
    WhatIfCommand.Create(),
    TargetsCommand.Create(),
    AnalyzeCommand.Create(),
    GenerateCommand.Create(),
    TrainCommand.Create(),
    RiskCommand.Create(),
    EvaluateCommand.Create(),
    OwnersCommand.Create(),
    PipelineCommand.Create(),
    FiguresCommand.Create(),
    ProjectsCommand.Create(),
    KeysCommand.Create(),
    BriefingCommand.Create(),
]);
