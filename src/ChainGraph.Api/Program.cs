using ChainGraph.Api;

var app = ChainGraphApp.Build(args);
app.PrintWhenStarted();
app.Run();
