using ChainGraph.Api;

var app = ChainGraphApp.Build(args, loadAtOnce: true);
app.PrintWhenStarted();
app.Run();
