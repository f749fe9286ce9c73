using ChainGraph.Api.Tests.Security;

namespace ChainGraph.Api.Tests.Telemetry;

/// <summary>The real host with a key per role, no anonymous caller (so no key means 401) and rate limits off.</summary>
public sealed class MetricsHost() : SecureApiHost("http://127.0.0.1:0",
    "--ChainGraph:Auth:AnonymousViewerOnLoopback", "false", "--ChainGraph:RateLimit:PermitsPerSecond", "0");
