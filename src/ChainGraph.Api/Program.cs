using ChainGraph.Api;

var app = ChainGraphApp.Build(args);
app.Run();
