namespace ChainGraph.Cli;

/// <summary>
/// A command-line mistake found after parsing (a missing folder, clashing options); exits with <see cref="ExitCodes.Usage"/>.
/// </summary>
public sealed class UsageException(string message) : Exception(message);
