using System.Text.RegularExpressions;
using ChainGraph.Cli.Tests.Commands;

namespace ChainGraph.Cli.Tests.Risk;

/// <summary>
/// Every user-facing output of evaluate, owners, risk, train and briefing, in both languages, through the real program on
/// the bundled sample: no file numbers ("seed", "种子", "§") anywhere, and the Chinese evaluation and owner tables carry no
/// English words.
/// </summary>
public sealed partial class UserFacingTextTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "chaingraph-cli-tests", Guid.NewGuid().ToString("N"));

    public UserFacingTextTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Outputs_BothLanguages_NoFileNumbersAnywhere()
    {
        var outputs = new List<(string Command, string Text)>();
        void Run(params string[] args)
        {
            var result = CliProcess.Run(_folder, args);
            result.ExitCode.Should().Be(0, $"{string.Join(' ', args)}: {result.Error}");
            outputs.Add((string.Join(' ', args), result.Output + result.Error));
        }

        Run("train", "--model", "logistic");
        foreach (var lang in new[] { "zh", "en" })
        {
            foreach (var format in new[] { "table", "csv", "json" }) Run("evaluate", "--format", format, "--lang", lang);
            foreach (var format in new[] { "table", "json" }) Run("owners", "--format", format, "--lang", lang);
            foreach (var format in new[] { "table", "json" }) Run("risk", "--top", "5", "--format", format, "--lang", lang);
            Run("checklist", "--top", "12", "--lang", lang);
            var html = Path.Combine(_folder, $"briefing-{lang}.html");
            Run("briefing", "--chain", "all", "--html", html, "--lang", lang);
            outputs.Add(($"briefing {lang} (file)", File.ReadAllText(html)));
        }

        foreach (var (command, text) in outputs)
            text.Should().NotContainAny(["seed", "Seed", "种子", "§", "&#167;"], $"`{command}` is read by users");
    }

    [Fact]
    public void EvaluateAndOwners_Chinese_NoEnglishWordsInTheTables()
    {
        var evaluate = CliProcess.Run(_folder, "evaluate");
        var owners = CliProcess.Run(_folder, "owners");

        foreach (var result in new[] { evaluate, owners })
        {
            result.ExitCode.Should().Be(0, result.Error);
            // Firm names of overseas suppliers and the option name are data and syntax, not sentences.
            var words = EnglishWord().Matches(result.Output).Select(m => m.Value).Distinct().Where(w => w is not ("evaluate" or "weights" or "owners" or "ChainGraph")).ToList();
            words.Should().BeEmpty("Chinese output mixes in no English");
        }
        evaluate.Output.Should().Contain("依据：").And.Contain("深府办〔2009〕98号，已到期").And.Contain("权重由产业主管部门设定");
        owners.Output.Should().Contain("（征求意见稿）》第12条");
    }

    [GeneratedRegex(@"(?<![A-Za-z])[A-Za-z]{4,}(?![A-Za-z])")]
    private static partial Regex EnglishWord();
}
