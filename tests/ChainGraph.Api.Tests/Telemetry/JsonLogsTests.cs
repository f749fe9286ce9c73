using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace ChainGraph.Api.Tests.Telemetry;

public sealed class JsonLogsTests
{
    [Fact]
    public async Task Build_LoggingJson_ConsoleWritesJson()
    {
        await using var app = ChainGraphApp.Build(["--ChainGraph:Logging:Json", "true"]);

        app.Services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue.FormatterName.Should().Be(ConsoleFormatterNames.Json);
        app.Services.GetRequiredService<IOptionsMonitor<JsonConsoleFormatterOptions>>().CurrentValue.IncludeScopes.Should().BeTrue();
    }

    [Fact]
    public async Task Build_Default_ConsoleWritesText()
    {
        await using var app = ChainGraphApp.Build([]);

        app.Services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue.FormatterName.Should().NotBe(ConsoleFormatterNames.Json);
    }
}
