namespace ChainGraph.Api.Telemetry;

/// <summary>Why the service refused a request (the <c>reason</c> tag of <c>chaingraph.requests.rejected</c>).</summary>
public enum RejectionReason
{
    /// <summary>429: the caller's rate limit is spent.</summary>
    RateLimit,

    /// <summary>401: no key where one is needed, or a bad key.</summary>
    Authentication,

    /// <summary>403 or a FORBIDDEN field: the caller's role does not allow it.</summary>
    Authorization,

    /// <summary>413: the request body is over the limit.</summary>
    BodySize,

    /// <summary>A GraphQL request over the depth, cost, page-size or time limits.</summary>
    QueryLimit,

    /// <summary>429: the PDF printer's queue is full.</summary>
    PrinterBusy,
}
