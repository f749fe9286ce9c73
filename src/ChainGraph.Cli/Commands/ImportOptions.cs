using System.CommandLine;

namespace ChainGraph.Cli.Commands;

/// <summary>Options shared by `import` and `validate`.</summary>
public sealed class ImportOptions
{
    public Argument<DirectoryInfo> Directory { get; } = new(
        "DIR") { Description =
        "Folder with chains, segments, segment_links, enterprises, enterprise_segments, supplies, events (.csv or .jsonl)" };
    public Option<string?> Store { get; } = StoreOption.Create();
    public Option<int> MaxIssues { get; } = new("--max-issues") { Description = "Print at most this many issues (all go to --report)",
        DefaultValueFactory = _ => 100 };
    public Option<FileInfo?> Report { get; } = new("--report") { Description = "Write every issue and the summary as JSON to this file",
        HelpName = "FILE" };

    public Command AddTo(Command command)
    {
        command.Arguments.Add(Directory);
        command.Options.Add(Store);
        command.Options.Add(MaxIssues);
        command.Options.Add(Report);
        return command;
    }
}
