namespace ChainGraph.Cli;

/// <summary>Process exit codes shared by every command.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    /// <summary>The input was rejected; nothing was written.</summary>
    public const int Rejected = 1;
    /// <summary>The command line was wrong.</summary>
    public const int Usage = 2;
}
