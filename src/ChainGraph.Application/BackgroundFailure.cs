namespace ChainGraph.Application;

/// <summary>
/// The last failure of background work: when, what was being done, and the exception's type and message (for admins only).
/// </summary>
public sealed record BackgroundFailure(DateTimeOffset At, string Work, string Error, string Message);
