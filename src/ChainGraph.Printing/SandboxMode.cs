namespace ChainGraph.Printing;

/// <summary>Whether Chromium runs with its sandbox: <see cref="Auto"/> turns it on wherever the platform allows it.</summary>
public enum SandboxMode
{
    Auto,
    On,
    Off,
}
