namespace ChainGraph.Printing;

/// <summary>
/// Decides whether Chromium can run with its sandbox. Chromium refuses to start sandboxed as root ("Running as root
/// without --no-sandbox is not supported"), and its Linux sandbox needs unprivileged user namespaces
/// (<c>/proc/sys/user/max_user_namespaces</c> above 0, Debian's <c>kernel.unprivileged_userns_clone</c> not 0).
/// </summary>
public static class ChromiumSandbox
{
    /// <summary>The decision for this process on this machine.</summary>
    public static SandboxDecision Detect(SandboxMode mode) => Decide(mode, Environment.IsPrivilegedProcess, UserNamespaces());

    /// <summary>The decision from the facts (separate so that it can be tested without being root).</summary>
    public static SandboxDecision Decide(SandboxMode mode, bool runningAsRoot, bool userNamespaces) => mode switch
    {
        SandboxMode.Off => new(false, "switched off by configuration (ChainGraph:Pdf:Sandbox=Off)"),
        SandboxMode.On => new(true, "switched on by configuration"),
        _ when runningAsRoot =>
            new(false,
            "the service runs as root, where Chromium cannot use its sandbox: run it as an ordinary user to turn the sandbox on"),
        _ when !userNamespaces => new(false, "this kernel does not allow unprivileged user namespaces, which Chromium's sandbox needs"),
        _ => new(true, "the service runs as an ordinary user with user namespaces"),
    };

    private static bool UserNamespaces() =>
        ReadNumber("/proc/sys/user/max_user_namespaces") is not 0 && ReadNumber("/proc/sys/kernel/unprivileged_userns_clone") is not 0;

    private static long? ReadNumber(string path)
    {
        try
        {
            return long.TryParse(File.ReadAllText(path).Trim(), out var value) ? value : null;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
