using System.CommandLine;
using ChainGraph.Domain.Text;

namespace ChainGraph.Cli.Commands;

/// <summary>The `--lang zh|en` option of every command whose output people read (Chinese by default).</summary>
public static class LanguageOption
{
    public static Option<string> Create()
    {
        var option = new Option<string>("--lang") { Description = "Language of the output: zh (default) or en",
            DefaultValueFactory = _ => "zh", HelpName = "zh|en" };
        option.AcceptOnlyFromAmong("zh", "en");
        return option;
    }

    public static Language Read(ParseResult parse, Option<string> option) =>
        parse.GetValue(option) == "en" ? Language.En : Language.Zh;
}
